package org.kinerja.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.InvalidInputException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A small import that exists only in tests, the way a module would write one: people with an e-mail, a
 * name and an optional day of birth, written to {@code exchange_test.person} (created here), matched by
 * e-mail; and a page controller at {@code /test/people/import} built on {@link ImportPages}.
 */
@TestConfiguration
public class PeopleImport {

    public static final String PATH = "/test/people/import";

    public record Person(String email, String name, LocalDate born) {
    }

    /** The writer throws when it reaches this data row (1 = the first row after the header); 0: never. */
    public static final AtomicInteger FAIL_ON_DATA_ROW = new AtomicInteger();

    @Bean
    PeopleTable peopleTable(JdbcTemplate jdbc) {
        jdbc.execute("create schema if not exists exchange_test");
        jdbc.execute("""
                create table if not exists exchange_test.person (
                    id    bigint generated always as identity primary key,
                    email varchar(254) not null unique,
                    name  varchar(200) not null,
                    born  date)""");
        return new PeopleTable(jdbc);
    }

    @Bean
    ImportDefinition<Person> peopleImport(PeopleTable table, NamedParameterJdbcTemplate named) {
        return ImportDefinition.<Person>builder("test-people")
                .required("email", "name")
                .optional("born")
                .mapper(PeopleImport::person)
                .matcher(RowMatcher.byKey(Person::email, emails -> existing(named, emails)))
                .writer(batch -> {
                    for (ImportRow<Person> row : batch) {
                        if (FAIL_ON_DATA_ROW.get() == row.row() - 1) {
                            throw new IllegalStateException("the writer fails on data row " + (row.row() - 1));
                        }
                        table.upsert(row.value());
                    }
                })
                .build();
    }

    static RowResult<Person> person(CsvRow row) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String email = row.get("email").toLowerCase();
        if (email.isEmpty()) {
            errors.add("email", "validation.required");
        } else if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add("email", "validation.email");
        }
        if (!row.has("name")) {
            errors.add("name", "validation.required");
        } else if (row.get("name").length() > 200) {
            errors.add("name", "validation.length.max", "200");
        }
        LocalDate born = null;
        if (row.has("born")) {
            try {
                born = LocalDate.parse(row.get("born"));
            } catch (DateTimeParseException e) {
                errors.add("born", "validation.type");
            }
        }
        // throwing is the same as answering invalid: the framework turns the violations into row errors
        errors.throwIfAny();
        return RowResult.valid(new Person(email, row.get("name"), born));
    }

    private static Set<String> existing(NamedParameterJdbcTemplate named, Set<String> emails) {
        return new HashSet<>(named.queryForList("select email from exchange_test.person where email in (:emails)",
                new MapSqlParameterSource("emails", emails), String.class));
    }

    /** The test's own table. */
    public static final class PeopleTable {
        private final JdbcTemplate jdbc;

        PeopleTable(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void upsert(Person p) {
            jdbc.update("""
                    insert into exchange_test.person (email, name, born) values (?, ?, ?)
                    on conflict (email) do update set name = excluded.name, born = excluded.born""",
                    p.email(), p.name(), p.born());
        }

        public void clear() {
            jdbc.update("delete from exchange_test.person");
        }

        public long count() {
            return jdbc.queryForObject("select count(*) from exchange_test.person", Long.class);
        }

        public List<String> names() {
            return jdbc.queryForList("select name from exchange_test.person order by id", String.class);
        }

        public void add(String email, String name) {
            upsert(new Person(email, name, null));
        }
    }

    /** Registered with this configuration, as its member class. */
    @Controller
    @RequestMapping(PATH)
    public static class PeopleImportController {

        private final ImportPages pages;
        private final ImportDefinition<Person> people;

        PeopleImportController(ImportPages pages, ImportDefinition<Person> people) {
            this.pages = pages;
            this.people = people;
        }

        private ImportPage page() {
            return pages.page(people, "exchange.import.file", PATH, "/");
        }

        @GetMapping
        String form(HttpServletRequest request, HttpServletResponse response, Model model) {
            return pages.form(page(), request, response, model);
        }

        @PostMapping
        String upload(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
            return pages.upload(people, page(), file, request, response, model);
        }

        @GetMapping("/{token}")
        String preview(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response, Model model) {
            return pages.preview(people, page(), token, request, response, model);
        }

        @PostMapping("/{token}")
        String commit(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response, Model model) {
            return pages.commit(people, page(), token, request, response, model);
        }

        @PostMapping("/{token}/discard")
        String discard(@PathVariable UUID token, HttpServletRequest request, HttpServletResponse response, Model model) {
            return pages.discard(people, page(), token, request, response, model);
        }
    }
}
