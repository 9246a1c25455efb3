package org.kinerja.delivery.web;

import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceInput;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/** The attendance form as typed; {@link #toInput()} parses it, reporting unreadable values on their fields. */
public record AttendanceForm(String role, String daysAttended, String preTest, String postTest, String satisfaction,
                             String comment, String version) {

    public static AttendanceForm of(Attendance a) {
        return new AttendanceForm(a.role().name(), text(a.daysAttended()), text(a.preTest()), text(a.postTest()),
                text(a.satisfaction()), a.comment(), String.valueOf(a.version()));
    }

    AttendanceInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AttendanceRole r = FormValues.enumValue(AttendanceRole.class, "role", role, errors);
        Integer days = FormValues.integer("daysAttended", daysAttended, errors);
        Integer pre = FormValues.integer("preTest", preTest, errors);
        Integer post = FormValues.integer("postTest", postTest, errors);
        Integer sat = FormValues.integer("satisfaction", satisfaction, errors);
        FormValues.integer("version", version, errors);
        errors.throwIfAny();
        return new AttendanceInput(null, r, days, pre, post, sat, comment);
    }

    Integer versionNumber() {
        return FormValues.integer("version", version, new InvalidInputException.Collector());
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
