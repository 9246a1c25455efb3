package org.kinerja.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kinerja.directory.DirectoryService;
import org.kinerja.exchange.CsvRow;
import org.kinerja.exchange.ImportDefinition;
import org.kinerja.exchange.ImportRow;
import org.kinerja.exchange.RowMatcher;
import org.kinerja.exchange.RowResult;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The import of an event's attendances from CSV or XLSX through {@link org.kinerja.exchange.ImportService}:
 * one row per person, in the columns {@link #COLUMNS}. A row whose person is already in the registry (same
 * e-mail ignoring case, else same normalised name, member and agency) is "matched" and attends as that
 * person — the registry entry is left as it is; the others add a person. The same person twice in one
 * file is an error on the second row. Rows are looked up and written {@value #BATCH} at a time, each batch
 * with one set-based statement, inside the one transaction of the commit. A commit reads ahead: a second
 * thread reads, checks and looks up the next batch (outside the transaction — a row can never match a person
 * the same file adds, since that would be the same person twice) while the current batch is written.
 */
@Component
public class AttendanceImports {

    /** The columns of the file, in the template's order; all must be in the header row. */
    public static final List<String> COLUMNS = List.of("given_name", "family_name", "sex", "member", "agency",
            "agency_type", "position", "email", "role", "days_attended", "pre_test", "post_test", "satisfaction");

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("givenName", "given_name",
            "familyName", "family_name", "memberCode", "member", "agency", "agency", "position", "position",
            "email", "email", "daysAttended", "days_attended", "preTest", "pre_test", "postTest", "post_test",
            "satisfaction", "satisfaction");

    /** Rows per look-up and per write: one statement each, so 100 k rows take 20 of each. */
    static final int BATCH = 5000;

    private final PersonRepository people;
    private final DirectoryService directory;
    private final ApplicationEventPublisher publisher;
    private final DataSize maxFileSize;
    private final long maxRows;

    AttendanceImports(PersonRepository people, DirectoryService directory, ApplicationEventPublisher publisher,
                      @Value("${kinerja.delivery.import.max-file-size:20MB}") DataSize maxFileSize,
                      @Value("${kinerja.delivery.import.max-rows:200000}") long maxRows) {
        this.people = people;
        this.directory = directory;
        this.publisher = publisher;
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
    }

    /**
     * One valid row: the person as in the file and the attendance, and the registry entry the matcher found for
     * it ({@code null}: a new person) — set on the reading thread, read by the writer after the hand-over.
     */
    static final class Row {
        private final int fileRow;
        private final PersonRepository.Values person;
        private final PersonRepository.AttendanceValues attendance;
        private Long matchedId;

        Row(int fileRow, PersonRepository.Values person, PersonRepository.AttendanceValues attendance) {
            this.fileRow = fileRow;
            this.person = person;
            this.attendance = attendance;
        }

        PersonRepository.Values person() {
            return person;
        }

        PersonRepository.AttendanceValues attendance() {
            return attendance;
        }

        String emailIdentity() {
            String key = person.emailKey();
            return key == null ? null : "e:" + key;
        }

        String nameIdentity() {
            return PersonKeys.identity(null, person.nameKey(), person.memberCode(), person.agencyKey());
        }
    }

    /**
     * The import of one event's attendances. Build a new one for each upload, preview or commit: it
     * remembers the people of the file it reads, to refuse the same person twice.
     */
    public ImportDefinition<?> definition(long eventId) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Boolean> members = new HashMap<>();
        return ImportDefinition.<Row>builder("attendances-" + eventId)
                .required(COLUMNS.toArray(String[]::new))
                .workbooks()
                .maxRows(maxRows)
                .maxFileSize(maxFileSize)
                .batchSize(BATCH)
                .readAhead()
                .mapper(row -> map(row, seen, members))
                .matcher(new Matcher())
                .writer(batch -> write(eventId, batch))
                .build();
    }

    private RowResult<Row> map(CsvRow row, Map<String, Integer> seen, Map<String, Boolean> members) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Sex sex = enumValue(errors, row, "sex", Sex.class);
        AgencyType agencyType = enumValue(errors, row, "agency_type", AgencyType.class);
        AttendanceRole role = enumValue(errors, row, "role", AttendanceRole.class);
        Integer days = number(errors, row, "days_attended", 0, DeliveryRules.MAX_DAYS);
        Integer pre = number(errors, row, "pre_test", 0, 100);
        Integer post = number(errors, row, "post_test", 0, 100);
        Integer satisfaction = number(errors, row, "satisfaction", 1, 5);
        InvalidInputException.Collector personErrors = new InvalidInputException.Collector();
        PersonRepository.Values person = PersonService.values(personErrors,
                new PersonInput(row.get("given_name"), row.get("family_name"), sex, row.get("member"), row.get("agency"),
                        agencyType, row.get("position"), row.get("email"), null),
                code -> members.computeIfAbsent(code, directory::memberExists));
        PersonRepository.AttendanceValues attendance = EventService.attendanceValues(personErrors, role, days, pre,
                post, satisfaction, "");
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        collect(errors, violations);
        collect(personErrors, violations);
        if (!violations.isEmpty()) {
            return RowResult.invalid(violations);
        }
        Row result = new Row(row.row(), person, attendance);
        String email = result.emailIdentity();
        String name = result.nameIdentity();
        Integer first = email == null ? null : seen.get(email);
        if (first == null) {
            first = seen.get(name);
        }
        if (first != null) {
            return RowResult.invalid(email != null && seen.containsKey(email) ? "email" : "given_name",
                    "delivery.import.duplicate", String.valueOf(first));
        }
        if (email != null) {
            seen.put(email, row.row());
        }
        seen.put(name, row.row());
        return RowResult.valid(result);
    }

    private static void collect(InvalidInputException.Collector errors, List<InvalidInputException.Violation> into) {
        try {
            errors.throwIfAny();
        } catch (InvalidInputException e) {
            for (InvalidInputException.Violation v : e.violations()) {
                into.add(new InvalidInputException.Violation(COLUMN_OF_FIELD.getOrDefault(v.field(), v.field()),
                        v.messageKey(), v.args()));
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(InvalidInputException.Collector errors, CsvRow row, String column,
                                                   Class<E> type) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        errors.add(column, "delivery.import.enum", value, String.join(", ", names));
        return null;
    }

    private static Integer number(InvalidInputException.Collector errors, CsvRow row, String column, int min, int max) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.replace(',', '.'));
            if (n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(min)) >= 0
                    && n.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return n.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        errors.add(column, "delivery.import.number", value, String.valueOf(min), String.valueOf(max));
        return null;
    }

    /**
     * Looks each batch up in the registry and remembers on each row the person it matched. Two rows of a file that
     * differ in e-mail and name can still match one registered person (one by e-mail, the other by name, member
     * and agency); the later one is refused naming both, since a person has one attendance per event.
     */
    private final class Matcher implements RowMatcher<Row> {
        // the file row each registered person was matched on, across the batches of one file
        private final Map<Long, Integer> matchedRows = new HashMap<>();
        private final Map<Integer, List<InvalidInputException.Violation>> refused = new HashMap<>();

        @Override
        public boolean[] matches(List<Row> batch) {
            Map<String, Long> stored = lookup(batch);
            refused.clear();
            boolean[] matches = new boolean[batch.size()];
            for (int i = 0; i < matches.length; i++) {
                Row row = batch.get(i);
                row.matchedId = find(stored, row);
                matches[i] = row.matchedId != null;
                if (row.matchedId != null) {
                    Integer first = matchedRows.putIfAbsent(row.matchedId, row.fileRow);
                    if (first != null) {
                        boolean byEmail = row.emailIdentity() != null && stored.containsKey(row.emailIdentity());
                        refused.put(i, List.of(new InvalidInputException.Violation(byEmail ? "email" : "given_name",
                                "delivery.import.samePersonMatched", new Object[] {String.valueOf(row.fileRow),
                                String.valueOf(first)})));
                    }
                }
            }
            return matches;
        }

        @Override
        public Map<Integer, List<InvalidInputException.Violation>> refused(List<Row> batch) {
            return refused;
        }
    }

    private Map<String, Long> lookup(List<Row> batch) {
        Set<String> emails = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Row r : batch) {
            if (r.person().emailKey() != null) {
                emails.add(r.person().emailKey());
            }
            names.add(r.person().nameKey());
        }
        return people.idsByIdentity(emails, names);
    }

    private static Long find(Map<String, Long> stored, Row row) {
        Long id = row.emailIdentity() == null ? null : stored.get(row.emailIdentity());
        return id != null ? id : stored.get(row.nameIdentity());
    }

    /** Writes one batch: the people the matcher did not find are added, and every row's attendance. */
    private void write(long eventId, List<ImportRow<Row>> batch) {
        List<PersonRepository.ImportedRow> rows = new ArrayList<>(batch.size());
        for (ImportRow<Row> r : batch) {
            rows.add(new PersonRepository.ImportedRow(r.value().matchedId, r.value().person(), r.value().attendance()));
        }
        int fresh = people.writeImported(eventId, rows);
        publisher.publishEvent(EntityChanged.updated("Event", eventId)
                .field("importedRows", null, "rows " + batch.get(0).row() + "-" + batch.get(batch.size() - 1).row()
                        + ": " + fresh + " new people, " + (batch.size() - fresh) + " matched")
                .build());
    }
}
