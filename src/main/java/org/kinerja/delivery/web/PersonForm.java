package org.kinerja.delivery.web;

import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.Person;
import org.kinerja.delivery.PersonInput;
import org.kinerja.delivery.Sex;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/**
 * The person form as typed; {@link #toInput()} parses it, reporting unreadable values on their fields.
 * {@code event} is the event to add the new person to when the form was opened from an event page.
 */
public record PersonForm(String givenName, String familyName, String sex, String memberCode, String agency,
                         String agencyType, String position, String email, String version, String event) {

    public static PersonForm blank(String event) {
        return new PersonForm("", "", Sex.NOT_RECORDED.name(), "", "", "", "", "", "", event);
    }

    public static PersonForm of(Person p) {
        return new PersonForm(p.givenName(), p.familyName(), p.sex().name(), p.memberCode(), p.agency(),
                p.agencyType() == null ? "" : p.agencyType().name(), p.position(), p.email(), String.valueOf(p.version()),
                null);
    }

    PersonInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Sex s = FormValues.enumValue(Sex.class, "sex", sex, errors);
        AgencyType a = FormValues.enumValue(AgencyType.class, "agencyType", agencyType, errors);
        Integer v = FormValues.integer("version", version, errors);
        errors.throwIfAny();
        return new PersonInput(givenName, familyName, s, memberCode, agency, a, position, email, v);
    }
}
