package org.kinerja.delivery;

/** A person's attendance at an event: what a form or the API sends. */
public record AttendanceInput(Long personId, AttendanceRole role, Integer daysAttended, Integer preTest,
                              Integer postTest, Integer satisfaction, String comment) {
}
