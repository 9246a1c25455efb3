package org.kinerja.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.directory.Member;
import org.kinerja.directory.MemberInput;
import org.kinerja.directory.MemberKind;
import org.kinerja.directory.MemberRole;

/** The fields of the member form, as typed. */
public record MemberForm(String code, String name, String kind, List<String> roles, String notes, String sources,
                         String version) {

    public MemberForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static MemberForm blank() {
        return new MemberForm("", "", MemberKind.STATE.name(), List.of(), "", "", "");
    }

    static MemberForm of(Member m) {
        return new MemberForm(m.code(), m.name(), m.kind().name(), m.roles().stream().map(Enum::name).toList(),
                m.notes(), m.sources(), String.valueOf(m.version()));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    MemberInput toInput() {
        List<MemberRole> parsed = new ArrayList<>();
        for (String role : roles) {
            MemberRole r = Parse.enumValue(MemberRole.class, "roles", role);
            if (r != null) {
                parsed.add(r);
            }
        }
        return new MemberInput(code, name, Parse.enumValue(MemberKind.class, "kind", kind), parsed, notes, sources, Parse.integer("version", version));
    }
}
