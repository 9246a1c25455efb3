package org.kinerja.directory.web;

import org.kinerja.directory.Contact;
import org.kinerja.directory.ContactInput;
import org.kinerja.directory.Organisation;
import org.kinerja.shared.InvalidInputException;

/**
 * The fields of the contact form, as typed. {@code organisation} is one choice naming the member, partner,
 * body or forum: {@code MEMBER:IDN}, {@code PARTNER:3}, {@code BODY:6}, {@code FORUM:2}.
 */
public record ContactForm(String name, String title, String organisation, String email, String phone,
                          String focalPoint, String version) {

    static ContactForm blank(String organisation) {
        return new ContactForm("", "", organisation == null ? "" : organisation, "", "", null, "");
    }

    static ContactForm of(Contact c) {
        return new ContactForm(c.name(), Fields.text(c.title()), value(c.organisation()), Fields.text(c.email()),
                Fields.text(c.phone()), c.focalPoint() ? "true" : null, String.valueOf(c.version()));
    }

    static String value(Organisation o) {
        return o.type().name() + ":" + (o.code() != null ? o.code() : String.valueOf(o.id()));
    }

    public boolean isFocalPoint() {
        return focalPoint != null && !focalPoint.isBlank() && !"false".equals(focalPoint);
    }

    ContactInput toInput() {
        String memberCode = null;
        Long partnerId = null;
        Long bodyId = null;
        Long forumId = null;
        if (organisation != null && !organisation.isBlank()) {
            String[] parts = organisation.strip().split(":", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw InvalidInputException.of("organisation", "directory.value.unknown", organisation);
            }
            switch (parts[0]) {
                case "MEMBER" -> memberCode = parts[1];
                case "PARTNER" -> partnerId = Parse.id("organisation", parts[1]);
                case "BODY" -> bodyId = Parse.id("organisation", parts[1]);
                case "FORUM" -> forumId = Parse.id("organisation", parts[1]);
                default -> throw InvalidInputException.of("organisation", "directory.value.unknown", organisation);
            }
        }
        return new ContactInput(name, title, memberCode, partnerId, bodyId, forumId, email, phone, isFocalPoint(),
                Parse.integer("version", version));
    }
}
