package org.kinerja.delivery;

/**
 * A person at an event. The person's name, position and e-mail are {@code null} for readers who may not
 * see personal data.
 */
public record Attendance(long id, long eventId, long personId, String givenName, String familyName, Sex sex,
                         String memberCode, String agency, AgencyType agencyType, String position, String email,
                         AttendanceRole role, Integer daysAttended, Integer preTest, Integer postTest,
                         Integer satisfaction, String comment, int version) {

    public Attendance withoutPersonalData() {
        return new Attendance(id, eventId, personId, null, null, sex, memberCode, agency, agencyType, null, null, role,
                daysAttended, preTest, postTest, satisfaction, comment, version);
    }

    /** "Given Family", or {@code null} without personal data. */
    public String name() {
        return givenName == null ? null : (givenName + " " + familyName).strip();
    }
}
