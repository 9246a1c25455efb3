package org.kinerja.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.directory.Body;
import org.kinerja.directory.BodyInput;
import org.kinerja.directory.BodyKind;
import org.kinerja.directory.BodyMemberInput;
import org.kinerja.directory.BodyMemberRole;
import org.kinerja.shared.InvalidInputException;

/** The fields of the body form, as typed; seats with no member chosen are left out. */
public record BodyForm(String name, String shortName, String kind, String parentId, String establishedYear,
                       String notes, String sources, List<SeatForm> members, String version) {

    /** How many empty seat rows the form offers for adding members. */
    static final int BLANK_ROWS = 3;

    public BodyForm {
        members = members == null ? List.of() : new ArrayList<>(members);
    }

    static BodyForm blank() {
        return new BodyForm("", "", BodyKind.WORKING_GROUP.name(), "", "", "", "", List.of(), "");
    }

    static BodyForm of(Body b) {
        return new BodyForm(b.name(), b.shortName(), b.kind().name(), b.parent() == null ? "" : String.valueOf(b.parent().id()),
                b.establishedYear() == null ? "" : String.valueOf(b.establishedYear()), b.notes(), b.sources(),
                b.members().stream().map(SeatForm::of).toList(), String.valueOf(b.version()));
    }

    /** The seat rows to show: those given, then blank rows to add members. */
    public List<SeatForm> rows() {
        List<SeatForm> rows = new ArrayList<>(members);
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(SeatForm.blank());
        }
        return rows;
    }

    /**
     * The input for the service. Rows keep their position so that the service's field names
     * ({@code members[2].role}) point at the row on the page.
     */
    BodyInput toInput() {
        List<InvalidInputException.Violation> unreadable = new ArrayList<>();
        List<BodyMemberInput> seats = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            SeatForm s = members.get(i);
            if (s == null || s.isBlank()) {
                continue;
            }
            BodyMemberRole role = null;
            try {
                role = Parse.enumValue(BodyMemberRole.class, "members[" + i + "].role", s.role());
            } catch (InvalidInputException e) {
                unreadable.addAll(e.violations());
            }
            seats.add(new BodyMemberInput(s.memberCode(), role, s.term()));
        }
        BodyKind k = null;
        Long parent = null;
        Integer year = null;
        Integer v = null;
        try {
            k = Parse.enumValue(BodyKind.class, "kind", kind);
        } catch (InvalidInputException e) {
            unreadable.addAll(e.violations());
        }
        try {
            parent = Parse.id("parentId", parentId);
        } catch (InvalidInputException e) {
            unreadable.addAll(e.violations());
        }
        try {
            year = Parse.integer("establishedYear", establishedYear);
        } catch (InvalidInputException e) {
            unreadable.addAll(e.violations());
        }
        try {
            v = Parse.integer("version", version);
        } catch (InvalidInputException e) {
            unreadable.addAll(e.violations());
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable);
        }
        return new BodyInput(name, shortName, k, parent, year, notes, sources, seats, v);
    }

    /** Blank rows dropped, so that the service's {@code members[i]} is the i-th non-blank row. */
    List<Integer> positions() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) != null && !members.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
