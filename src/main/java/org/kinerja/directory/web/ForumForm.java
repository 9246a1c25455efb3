package org.kinerja.directory.web;

import org.kinerja.directory.Forum;
import org.kinerja.directory.ForumInput;
import org.kinerja.directory.ForumKind;

/** The fields of the forum form, as typed. */
public record ForumForm(String name, String shortName, String kind, String website, String notes, String version) {

    static ForumForm blank() {
        return new ForumForm("", "", ForumKind.DIALOGUE.name(), "", "", "");
    }

    static ForumForm of(Forum f) {
        return new ForumForm(f.name(), Fields.text(f.shortName()), f.kind().name(), Fields.text(f.website()), f.notes(),
                String.valueOf(f.version()));
    }

    ForumInput toInput() {
        return new ForumInput(name, shortName, Parse.enumValue(ForumKind.class, "kind", kind), website, notes,
                Parse.integer("version", version));
    }
}
