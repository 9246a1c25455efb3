package org.kinerja.directory;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.kinerja.directory.db.Tables.BODY;
import static org.kinerja.directory.db.Tables.BODY_MEMBER;
import static org.kinerja.directory.db.Tables.CONTACT;
import static org.kinerja.directory.db.Tables.MEMBER;
import static org.kinerja.directory.db.Tables.MEMBER_ROLE;
import static org.kinerja.directory.db.Tables.PARTNER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record12;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Members and their roles, read and written with jOOQ. */
@Repository
class MemberRepository {

    static final List<String> SORT_KEYS = List.of("name", "code", "kind");

    private final DSLContext dsl;

    MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<List<MemberRole>> roles() {
        return multiset(select(MEMBER_ROLE.ROLE).from(MEMBER_ROLE).where(MEMBER_ROLE.MEMBER_ID.eq(MEMBER.ID)))
                .convertFrom(r -> r.map(x -> MemberRole.valueOf(x.value1())));
    }

    private SelectJoinStep<Record12<Long, String, String, MemberKind, String, String, List<MemberRole>, String,
            String, Boolean, Integer, OffsetDateTime>> selectMembers() {
        return dsl.select(MEMBER.ID, MEMBER.CODE, MEMBER.NAME, MEMBER.KIND.convertFrom(MemberKind::valueOf),
                        MEMBER.ALPHA2, MEMBER.ALPHA3, roles(), MEMBER.NOTES, MEMBER.SOURCES, MEMBER.SHIPPED,
                        MEMBER.VERSION, MEMBER.UPDATED_AT)
                .from(MEMBER);
    }

    Optional<Member> find(String code) {
        if (!DirectoryRules.maybeMemberCode(code)) {
            return Optional.empty();
        }
        return selectMembers().where(MEMBER.CODE.eq(code)).fetchOptional(mapping(Member::new));
    }

    List<Member> findAll(Collection<String> codes) {
        return selectMembers().where(MEMBER.CODE.in(codes.stream().filter(DirectoryRules::maybeMemberCode).toList())).orderBy(MEMBER.NAME)
                .fetch(mapping(Member::new));
    }

    boolean exists(String code) {
        return DirectoryRules.maybeMemberCode(code) && dsl.fetchExists(MEMBER, MEMBER.CODE.eq(code));
    }

    Optional<Long> idOf(String code) {
        if (!DirectoryRules.maybeMemberCode(code)) {
            return Optional.empty();
        }
        return dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.CODE.eq(code)).fetchOptional(Record1::value1);
    }

    boolean nameTaken(String name, Long exceptId) {
        return name.indexOf('\u0000') < 0 && dsl.fetchExists(MEMBER, MEMBER.NAME.equalIgnoreCase(name)
                .and(exceptId == null ? noCondition() : MEMBER.ID.ne(exceptId)));
    }

    ListPage<Member> list(MemberFilter filter, PageQuery page) {
        Condition where = where(filter);
        List<Member> items = selectMembers().where(where)
                .orderBy(order(SortOrder.parse(filter.sort(), SORT_KEYS)))
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Member::new));
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(MEMBER, where));
    }

    private static Condition where(MemberFilter f) {
        Condition c = noCondition();
        String q = DirectoryRules.searchable(f.q());
        if (q != null) {
            c = c.and(MEMBER.NAME.containsIgnoreCase(q).or(MEMBER.CODE.containsIgnoreCase(q)));
        }
        if (f.kind() != null) {
            c = c.and(MEMBER.KIND.eq(f.kind().name()));
        }
        if (f.role() != null) {
            c = c.and(DSL.exists(selectOne().from(MEMBER_ROLE)
                    .where(MEMBER_ROLE.MEMBER_ID.eq(MEMBER.ID).and(MEMBER_ROLE.ROLE.eq(f.role().name())))));
        }
        return c;
    }

    private static List<SortField<?>> order(SortOrder sort) {
        Field<String> key = switch (sort.key()) {
            case "code" -> MEMBER.CODE;
            case "kind" -> MEMBER.KIND;
            default -> MEMBER.NAME;
        };
        List<SortField<?>> order = new ArrayList<>();
        order.add(sort.descending() ? key.desc() : key.asc());
        order.add(MEMBER.NAME.asc());
        order.add(MEMBER.CODE.asc());
        return order;
    }

    /** Inserts a member unless its code or name is taken; its id, or empty when one was. */
    Optional<Long> insert(String code, String name, MemberKind kind, String alpha2, String alpha3, String notes,
                          String sources, boolean shipped) {
        return dsl.insertInto(MEMBER)
                .set(MEMBER.CODE, code).set(MEMBER.NAME, name).set(MEMBER.KIND, kind.name())
                .set(MEMBER.ALPHA2, alpha2).set(MEMBER.ALPHA3, alpha3)
                .set(MEMBER.NOTES, notes).set(MEMBER.SOURCES, sources).set(MEMBER.SHIPPED, shipped)
                .onConflictDoNothing()
                .returningResult(MEMBER.ID)
                .fetchOptional(Record1::value1);
    }

    /** Writes a member and raises its version; false when the version is no longer the one given. */
    boolean update(long id, int version, String name, MemberKind kind, String alpha2, String alpha3, String notes,
                   String sources) {
        return dsl.update(MEMBER)
                .set(MEMBER.NAME, name).set(MEMBER.KIND, kind.name())
                .set(MEMBER.ALPHA2, alpha2).set(MEMBER.ALPHA3, alpha3)
                .set(MEMBER.NOTES, notes).set(MEMBER.SOURCES, sources)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1)).set(MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEMBER.ID.eq(id).and(MEMBER.VERSION.eq(version)))
                .execute() == 1;
    }

    void replaceRoles(long id, List<MemberRole> roles) {
        dsl.deleteFrom(MEMBER_ROLE).where(MEMBER_ROLE.MEMBER_ID.eq(id)).execute();
        for (MemberRole role : roles) {
            dsl.insertInto(MEMBER_ROLE).set(MEMBER_ROLE.MEMBER_ID, id).set(MEMBER_ROLE.ROLE, role.name())
                    .onConflictDoNothing().execute();
        }
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(MEMBER)
                .where(MEMBER.ID.eq(id).and(version == null ? noCondition() : MEMBER.VERSION.eq(version)))
                .execute() == 1;
    }

    int contactCount(long id) {
        return dsl.fetchCount(CONTACT, CONTACT.MEMBER_ID.eq(id));
    }

    List<String> bodyNames(long id) {
        return dsl.select(BODY.NAME).from(BODY_MEMBER).join(BODY).on(BODY.ID.eq(BODY_MEMBER.BODY_ID))
                .where(BODY_MEMBER.MEMBER_ID.eq(id)).orderBy(BODY.NAME).fetch(Record1::value1);
    }

    List<String> partnerNames(long id) {
        return dsl.select(PARTNER.NAME).from(PARTNER).where(PARTNER.MEMBER_ID.eq(id)).orderBy(PARTNER.NAME)
                .fetch(Record1::value1);
    }

    List<Membership> memberships(long id) {
        return dsl.select(BODY.ID, BODY.NAME, BODY.SHORT_NAME,
                        BODY_MEMBER.ROLE.convertFrom(BodyMemberRole::valueOf), BODY_MEMBER.TERM)
                .from(BODY_MEMBER).join(BODY).on(BODY.ID.eq(BODY_MEMBER.BODY_ID))
                .where(BODY_MEMBER.MEMBER_ID.eq(id))
                .orderBy(BODY.NAME)
                .fetch(mapping(Membership::new));
    }

    OffsetDateTime updatedAt(long id) {
        return dsl.select(MEMBER.UPDATED_AT).from(MEMBER).where(MEMBER.ID.eq(id)).fetchOne(Record1::value1);
    }
}
