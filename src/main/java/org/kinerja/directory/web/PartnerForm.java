package org.kinerja.directory.web;

import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerInput;
import org.kinerja.directory.PartnerType;

/** The fields of the partner form, as typed. */
public record PartnerForm(String name, String shortName, String type, String countryCode, String website,
                          String iatiOrganisationId, String dacChannelCode, String memberCode, String notes,
                          String version) {

    static PartnerForm blank() {
        return new PartnerForm("", "", PartnerType.TRAINING_INSTITUTION.name(), "", "", "", "", "", "", "");
    }

    static PartnerForm of(Partner p) {
        return new PartnerForm(p.name(), Fields.text(p.shortName()), p.type().name(), Fields.text(p.countryCode()),
                Fields.text(p.website()), Fields.text(p.iatiOrganisationId()), Fields.text(p.dacChannelCode()),
                Fields.text(p.memberCode()), p.notes(), String.valueOf(p.version()));
    }

    PartnerInput toInput() {
        return new PartnerInput(name, shortName, Parse.enumValue(PartnerType.class, "type", type), countryCode, website,
                iatiOrganisationId, dacChannelCode, memberCode, notes, Parse.integer("version", version));
    }
}
