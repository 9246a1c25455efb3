package org.kinerja.directory.web;

import org.kinerja.directory.BodyMember;

/** One seat row of the body form, as typed. */
public record SeatForm(String memberCode, String role, String term) {

    static SeatForm of(BodyMember m) {
        return new SeatForm(m.memberCode(), m.role().name(), m.term() == null ? "" : m.term());
    }

    static SeatForm blank() {
        return new SeatForm("", "MEMBER", "");
    }

    boolean isBlank() {
        return memberCode == null || memberCode.isBlank();
    }
}
