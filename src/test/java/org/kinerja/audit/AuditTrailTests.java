package org.kinerja.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinerja.audit.db.Tables.AUDIT_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class AuditTrailTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditService audit;
    @Autowired
    DSLContext db;
    @Autowired
    JsonMapper json;

    @BeforeEach
    @AfterEach
    void outsideAnyRequest() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void changeRolledBackLeavesNoEntry() {
        String id = unique();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(EntityChanged.created("Probe", id).field("title", null, "gone").build());
            assertThat(audit.historyOf("Probe", id)).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(audit.historyOf("Probe", id)).isEmpty();
        assertThat(db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_ID.eq(id))).isZero();
    }

    @Test
    void committedChangeWritesExactlyOneEntryWithItsChangesAsJson() {
        String id = unique();
        inTransaction(EntityChanged.updated("Probe", id)
                .field("title", "Draft plan", "Strategic Plan 2021-22")
                .field("startsOn", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 7, 1))
                .field("budget", null, new BigDecimal("1250.50"))
                .field("published", false, true)
                .field("roles", null, List.of("ADMIN", "VIEWER"))
                .field("participants", 10, 12)
                .build());

        assertThat(db.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_ID.eq(id))).isEqualTo(1);
        JsonNode stored = json.readTree(db.select(AUDIT_ENTRY.CHANGES).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY_ID.eq(id)).fetchSingle(AUDIT_ENTRY.CHANGES).data());
        assertThat(stored).isEqualTo(json.readTree("""
                {"title": {"before": "Draft plan", "after": "Strategic Plan 2021-22"},
                 "startsOn": {"before": "2021-01-01", "after": "2021-07-01"},
                 "budget": {"before": null, "after": 1250.50},
                 "published": {"before": false, "after": true},
                 "roles": {"before": null, "after": ["ADMIN", "VIEWER"]},
                 "participants": {"before": 10, "after": 12}}
                """));

        AuditEntry entry = audit.historyOf("Probe", id).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.entityType()).isEqualTo("Probe");
        assertThat(entry.changes().keySet())
                .containsExactly("budget", "participants", "published", "roles", "startsOn", "title");
        assertThat(entry.changes().get("participants")).isEqualTo(new AuditEntry.Change(10, 12));
        assertThat(entry.changes().get("roles").after()).isEqualTo(List.of("ADMIN", "VIEWER"));
        assertThat(entry.changes().get("startsOn")).isEqualTo(new AuditEntry.Change("2021-01-01", "2021-07-01"));
        assertThat(entry.changes().get("published")).isEqualTo(new AuditEntry.Change(false, true));
        assertThat(entry.changes().get("budget").before()).isNull();
        assertThat((BigDecimal) entry.changes().get("budget").after()).isEqualByComparingTo("1250.50");
    }

    @Test
    void recordsNoActorAndNoAddressWhenNoOneIsSignedIn() {
        String id = unique();
        inTransaction(EntityChanged.deleted("Probe", id).field("title", "old", null).build());

        AuditEntry entry = audit.historyOf("Probe", id).get(0);
        assertThat(entry.actorId()).isNull();
        assertThat(entry.actorEmail()).isNull();
        assertThat(entry.remoteAddress()).isNull();
        assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
        assertThat(entry.changes().get("title")).isEqualTo(new AuditEntry.Change("old", null));
    }

    @Test
    void recordsSignedInUserAndRequestAddress() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new Someone(4711, "officer@kinerja.test"), null, List.of()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        String id = unique();

        inTransaction(EntityChanged.created("Probe", id).field("title", null, "New").build());

        AuditEntry entry = audit.historyOf("Probe", id).get(0);
        assertThat(entry.actorId()).isEqualTo(4711L);
        assertThat(entry.actorEmail()).isEqualTo("officer@kinerja.test");
        assertThat(entry.remoteAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void valueJacksonCannotWriteIsRecordedAsItsText() {
        String id = unique();
        inTransaction(EntityChanged.updated("Probe", id).field("thing", null, new Opaque()).build());

        assertThat(audit.historyOf("Probe", id).get(0).changes().get("thing").after()).isEqualTo("opaque thing");
    }

    @Test
    void historyListsOneRecordsEntriesNewestFirst() {
        String id = unique();
        inTransaction(EntityChanged.created("Probe", id).field("title", null, "v1").build());
        inTransaction(EntityChanged.updated("Probe", id).field("title", "v1", "v2").build());
        inTransaction(EntityChanged.updated("Probe", unique()).field("title", "x", "y").build());

        List<AuditEntry> history = audit.historyOf("Probe", id);
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history.get(0).changes().get("title")).isEqualTo(new AuditEntry.Change("v1", "v2"));
    }

    @Test
    void filtersByEntityActionActorDaysAndText() {
        String type = "Probe" + unique().substring(0, 8);
        String first = unique();
        String second = unique();
        inTransaction(EntityChanged.created(type, first).field("title", null, "Trafficking 100%_guide").build());
        inTransaction(EntityChanged.updated(type, first).field("title", "Trafficking 100%_guide", "Smuggling guide").build());
        inTransaction(EntityChanged.created(type, second).field("title", null, "Other").build());

        assertThat(search(new AuditQuery(type, null, null, null, null, null, null)).total()).isEqualTo(3);
        assertThat(search(new AuditQuery(type, first, null, null, null, null, null)).items())
                .extracting(AuditEntry::entityId).containsExactly(first, first);
        assertThat(search(new AuditQuery(type, null, AuditAction.CREATE, null, null, null, null)).items())
                .extracting(AuditEntry::entityId).containsExactly(second, first);
        assertThat(search(new AuditQuery(type, null, AuditAction.UPDATE, null, null, null, null)).total()).isEqualTo(1);
        assertThat(search(new AuditQuery(type, null, null, null, null, null, "SMUGGLING")).items())
                .extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE);
        // % and _ are searched for literally, not as wildcards
        assertThat(search(new AuditQuery(type, null, null, null, null, null, "100%_g")).total()).isEqualTo(2);
        assertThat(search(new AuditQuery(type, null, null, null, null, null, "1%0")).total()).isZero();
        assertThat(search(new AuditQuery(type, null, null, "nobody@", null, null, null)).total()).isZero();

        LocalDate today = LocalDate.now(audit.zone());
        assertThat(search(new AuditQuery(type, null, null, null, today, today, null)).total()).isEqualTo(3);
        assertThat(search(new AuditQuery(type, null, null, null, null, today.minusDays(1), null)).total()).isZero();
        assertThat(search(new AuditQuery(type, null, null, null, today.plusDays(1), null, null)).total()).isZero();
    }

    @Test
    void filtersByDaysInclusivelyAtTheirBoundaries() {
        String type = "Probe" + unique().substring(0, 8);
        LocalDate day = LocalDate.of(2022, 3, 31);
        OffsetDateTime start = day.atStartOfDay(audit.zone()).toOffsetDateTime();
        insertAt(type, "at-start", start);
        insertAt(type, "at-end", start.plusDays(1).minusNanos(1000));
        insertAt(type, "next-day", start.plusDays(1));

        assertThat(search(new AuditQuery(type, null, null, null, day, day, null)).items())
                .extracting(AuditEntry::entityId).containsExactlyInAnyOrder("at-start", "at-end");
        assertThat(search(new AuditQuery(type, null, null, null, day.plusDays(1), null, null)).items())
                .extracting(AuditEntry::entityId).containsExactly("next-day");
    }

    @Test
    void pagesNewestFirstWithTotal() {
        String type = "Probe" + unique().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            inTransaction(EntityChanged.created(type, "n" + i).field("n", null, i).build());
        }
        ListPage<AuditEntry> second = audit.search(new AuditQuery(type, null, null, null, null, null, null),
                PageQuery.of(1, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.items()).extracting(AuditEntry::entityId).containsExactly("n3", "n2");
    }

    @Test
    void listsRecordedEntityTypes() {
        String type = "Probe" + unique().substring(0, 8);
        inTransaction(EntityChanged.created(type, "1").field("n", null, 1).build());

        assertThat(audit.entityTypes()).contains(type, "User").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void rejectsLastDayBeforeFirstDayNamingTo() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, LocalDate.of(2022, 2, 1),
                LocalDate.of(2022, 1, 31), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "audit.to.beforeFrom")));
    }

    @Test
    void refusesToChangeOrDeleteEntries() {
        String id = unique();
        inTransaction(EntityChanged.created("Probe", id).field("title", null, "kept").build());

        assertThatThrownBy(() -> db.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR_EMAIL, "forger@example.org")
                .where(AUDIT_ENTRY.ENTITY_ID.eq(id)).execute())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ENTITY_ID.eq(id)).execute())
                .rootCause().hasMessageContaining("append-only");
        assertThat(audit.historyOf("Probe", id)).singleElement()
                .satisfies(e -> assertThat(e.actorEmail()).isNull());
    }

    @Test
    void refusesChangesThatAreNotAJsonObject() {
        assertThatThrownBy(() -> db.insertInto(AUDIT_ENTRY).set(AUDIT_ENTRY.ENTITY_TYPE, "Probe")
                .set(AUDIT_ENTRY.ENTITY_ID, unique()).set(AUDIT_ENTRY.ACTION, "UPDATE")
                .set(AUDIT_ENTRY.CHANGES, org.jooq.JSON.valueOf("[1, 2]")).execute())
                .rootCause().hasMessageContaining("audit_entry_changes_object");
    }

    private ListPage<AuditEntry> search(AuditQuery query) {
        return audit.search(query, PageQuery.of(0, 50));
    }

    private void inTransaction(EntityChanged event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private void insertAt(String type, String id, OffsetDateTime at) {
        db.insertInto(AUDIT_ENTRY).set(AUDIT_ENTRY.ENTITY_TYPE, type).set(AUDIT_ENTRY.ENTITY_ID, id)
                .set(AUDIT_ENTRY.ACTION, "CREATE").set(AUDIT_ENTRY.OCCURRED_AT, at.withOffsetSameInstant(ZoneOffset.UTC))
                .set(AUDIT_ENTRY.CHANGES, org.jooq.JSON.valueOf("{}")).execute();
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    private record Someone(long id, String email) implements SignedInUser {
        @Override
        public String displayName() {
            return "Someone";
        }

        @Override
        public Set<String> roleNames() {
            return Set.of("PROGRAMME_OFFICER");
        }

        @Override
        public String preferredLanguage() {
            return "en";
        }
    }

    /** Has no properties, so Jackson refuses to write it. */
    private static final class Opaque {
        @Override
        public String toString() {
            return "opaque thing";
        }
    }
}
