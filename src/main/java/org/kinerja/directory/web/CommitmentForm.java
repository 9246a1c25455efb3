package org.kinerja.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.directory.Commitment;
import org.kinerja.directory.CommitmentInput;
import org.kinerja.directory.PurposeLink;
import org.kinerja.shared.InvalidInputException;

/** The fields of the commitment form, as typed; {@code purposes} holds the ticked {@code PLAN:number} boxes. */
public record CommitmentForm(String sourceDocument, String year, String reference, String text, String sourceUrl,
                             List<String> purposes, String version) {

    public CommitmentForm {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    static CommitmentForm blank() {
        return new CommitmentForm("", "", "", "", "", List.of(), "");
    }

    static CommitmentForm of(Commitment c) {
        return new CommitmentForm(c.sourceDocument(), String.valueOf(c.year()), Fields.text(c.reference()), c.text(),
                Fields.text(c.sourceUrl()), c.purposes().stream().map(CommitmentForm::value).toList(),
                String.valueOf(c.version()));
    }

    static String value(PurposeLink link) {
        return link.planCode() + ":" + link.purposeNumber();
    }

    public boolean links(String value) {
        return purposes.contains(value);
    }

    CommitmentInput toInput() {
        List<PurposeLink> links = new ArrayList<>();
        for (String p : purposes) {
            int colon = p == null ? -1 : p.lastIndexOf(':');
            if (colon <= 0) {
                throw InvalidInputException.of("purposes", "directory.value.unknown", String.valueOf(p));
            }
            links.add(new PurposeLink(p.substring(0, colon), Parse.integer("purposes", p.substring(colon + 1))));
        }
        return new CommitmentInput(sourceDocument, Parse.integer("year", year), reference, text, sourceUrl, links,
                Parse.integer("version", version));
    }
}
