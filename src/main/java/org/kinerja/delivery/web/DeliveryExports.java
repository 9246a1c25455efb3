package org.kinerja.delivery.web;

import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.Event;
import org.kinerja.delivery.EventFilter;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.Person;
import org.kinerja.delivery.PersonFilter;
import org.kinerja.delivery.PersonService;
import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;

/** The export tables of events, attendances and people; personal columns only for the roles that may see them. */
final class DeliveryExports {

    private DeliveryExports() {
    }

    static final ExportTable<Event> EVENTS = ExportTable.<Event>builder("delivery.events.title")
            .number("delivery.field.id", Event::id)
            .text("delivery.field.activity", Event::activityCode)
            .text("delivery.field.kind", Event::kind)
            .text("delivery.field.title", Event::title)
            .date("delivery.field.startDate", Event::startDate)
            .date("delivery.field.endDate", Event::endDate)
            .text("delivery.field.city", Event::city)
            .text("delivery.field.countryCode", Event::countryCode)
            .bool("delivery.field.virtual", Event::virtual)
            .text("delivery.field.languages", e -> String.join(", ", e.languages()))
            .text("delivery.field.status", Event::status)
            .number("delivery.field.attendances", Event::attendances)
            .build();

    private static final ExportTable<Attendance> ATTENDANCES_PERSONAL = attendances(true);
    private static final ExportTable<Attendance> ATTENDANCES = attendances(false);
    private static final ExportTable<Person> PEOPLE_PERSONAL = people(true);
    private static final ExportTable<Person> PEOPLE = people(false);

    static ExportTable<Attendance> attendanceTable(boolean personal) {
        return personal ? ATTENDANCES_PERSONAL : ATTENDANCES;
    }

    static ExportTable<Person> peopleTable(boolean personal) {
        return personal ? PEOPLE_PERSONAL : PEOPLE;
    }

    private static ExportTable<Attendance> attendances(boolean personal) {
        ExportTable.Builder<Attendance> b = ExportTable.<Attendance>builder("delivery.attendances.title")
                .number("delivery.field.personId", Attendance::personId);
        if (personal) {
            b.text("delivery.field.givenName", Attendance::givenName)
                    .text("delivery.field.familyName", Attendance::familyName);
        }
        b.text("delivery.field.sex", Attendance::sex)
                .text("delivery.field.member", Attendance::memberCode)
                .text("delivery.field.agency", Attendance::agency)
                .text("delivery.field.agencyType", Attendance::agencyType);
        if (personal) {
            b.text("delivery.field.position", Attendance::position).text("delivery.field.email", Attendance::email);
        }
        return b.text("delivery.field.role", Attendance::role)
                .number("delivery.field.daysAttended", Attendance::daysAttended)
                .number("delivery.field.preTest", Attendance::preTest)
                .number("delivery.field.postTest", Attendance::postTest)
                .number("delivery.field.satisfaction", Attendance::satisfaction)
                .build();
    }

    private static ExportTable<Person> people(boolean personal) {
        ExportTable.Builder<Person> b = ExportTable.<Person>builder("delivery.people.title")
                .number("delivery.field.id", Person::id);
        if (personal) {
            b.text("delivery.field.givenName", Person::givenName).text("delivery.field.familyName", Person::familyName);
        }
        b.text("delivery.field.sex", Person::sex)
                .text("delivery.field.member", Person::memberCode)
                .text("delivery.field.agency", Person::agency)
                .text("delivery.field.agencyType", Person::agencyType);
        if (personal) {
            b.text("delivery.field.position", Person::position).text("delivery.field.email", Person::email);
        }
        return b.number("delivery.field.attendances", Person::attendances).build();
    }

    static RowSource<Event> events(EventService events, EventFilter filter) {
        return RowSource.paged(page -> events.list(filter, page).items());
    }

    static RowSource<Attendance> attendances(EventService events, long eventId, boolean personal) {
        return RowSource.paged(page -> events.attendances(eventId, personal, page).items());
    }

    static RowSource<Person> people(PersonService people, PersonFilter filter, boolean personal) {
        return RowSource.paged(page -> people.list(filter, personal, page).items());
    }
}
