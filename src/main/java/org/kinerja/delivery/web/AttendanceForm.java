package org.kinerja.delivery.web;

import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceInput;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.shared.InvalidInputException;

/** The attendance form as typed; {@link #toInput()} parses it, reporting unreadable values on their fields. */
public record AttendanceForm(String role, String daysAttended, String preTest, String postTest, String satisfaction,
                             String comment, String version) {

    public static AttendanceForm of(Attendance a) {
        return new AttendanceForm(a.role().name(), text(a.daysAttended()), text(a.preTest()), text(a.postTest()),
                text(a.satisfaction()), a.comment(), String.valueOf(a.version()));
    }

    AttendanceInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AttendanceRole r = FormValues.enumValue(errors, "role", AttendanceRole.class, role);
        Integer days = FormValues.integer(errors, "daysAttended", daysAttended);
        Integer pre = FormValues.integer(errors, "preTest", preTest);
        Integer post = FormValues.integer(errors, "postTest", postTest);
        Integer sat = FormValues.integer(errors, "satisfaction", satisfaction);
        FormValues.integer(errors, "version", version);
        errors.throwIfAny();
        return new AttendanceInput(null, r, days, pre, post, sat, comment);
    }

    Integer versionNumber() {
        return FormValues.integer(new InvalidInputException.Collector(), "version", version);
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
