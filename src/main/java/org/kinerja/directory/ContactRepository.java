package org.kinerja.directory;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;
import static org.kinerja.directory.db.Tables.BODY;
import static org.kinerja.directory.db.Tables.CONTACT;
import static org.kinerja.directory.db.Tables.FORUM;
import static org.kinerja.directory.db.Tables.MEMBER;
import static org.kinerja.directory.db.Tables.PARTNER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Contacts, read with the name of their organisation, and written with jOOQ. */
@Repository
class ContactRepository {

    static final List<String> SORT_KEYS = List.of("name", "organisation");

    private static final Field<String> ORGANISATION_NAME = coalesce(MEMBER.NAME, PARTNER.NAME, BODY.NAME, FORUM.NAME);

    /** A contact's organisation as stored: exactly one of the four is set. */
    record Owner(Long memberId, Long partnerId, Long bodyId, Long forumId) {
    }

    private final DSLContext dsl;

    ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<? extends Record> selectContacts() {
        return dsl.select(CONTACT.ID, CONTACT.NAME, CONTACT.TITLE, CONTACT.EMAIL, CONTACT.PHONE, CONTACT.FOCAL_POINT,
                        CONTACT.VERSION, CONTACT.UPDATED_AT, CONTACT.MEMBER_ID, CONTACT.PARTNER_ID, CONTACT.BODY_ID,
                        CONTACT.FORUM_ID, MEMBER.CODE, MEMBER.NAME, PARTNER.NAME, BODY.NAME, FORUM.NAME)
                .from(CONTACT)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(CONTACT.MEMBER_ID))
                .leftJoin(PARTNER).on(PARTNER.ID.eq(CONTACT.PARTNER_ID))
                .leftJoin(BODY).on(BODY.ID.eq(CONTACT.BODY_ID))
                .leftJoin(FORUM).on(FORUM.ID.eq(CONTACT.FORUM_ID));
    }

    private static Contact toContact(Record r) {
        Organisation organisation;
        if (r.get(CONTACT.MEMBER_ID) != null) {
            organisation = new Organisation(OrganisationType.MEMBER, r.get(CONTACT.MEMBER_ID), r.get(MEMBER.CODE),
                    r.get(MEMBER.NAME));
        } else if (r.get(CONTACT.PARTNER_ID) != null) {
            organisation = new Organisation(OrganisationType.PARTNER, r.get(CONTACT.PARTNER_ID), null, r.get(PARTNER.NAME));
        } else if (r.get(CONTACT.BODY_ID) != null) {
            organisation = new Organisation(OrganisationType.BODY, r.get(CONTACT.BODY_ID), null, r.get(BODY.NAME));
        } else {
            organisation = new Organisation(OrganisationType.FORUM, r.get(CONTACT.FORUM_ID), null, r.get(FORUM.NAME));
        }
        return new Contact(r.get(CONTACT.ID), r.get(CONTACT.NAME), r.get(CONTACT.TITLE), organisation,
                r.get(CONTACT.EMAIL), r.get(CONTACT.PHONE), r.get(CONTACT.FOCAL_POINT), false,
                r.get(CONTACT.VERSION), r.get(CONTACT.UPDATED_AT));
    }

    Optional<Contact> find(long id) {
        return selectContacts().where(CONTACT.ID.eq(id)).fetchOptional(ContactRepository::toContact);
    }

    /** Contacts as the filter says; the e-mail is searched only when {@code searchEmail}. */
    ListPage<Contact> list(ContactFilter filter, PageQuery page, boolean searchEmail) {
        Condition where = where(filter, searchEmail);
        List<Contact> items = selectContacts().where(where)
                .orderBy(order(SortOrder.parse(filter.sort(), SORT_KEYS)))
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(ContactRepository::toContact);
        long total = dsl.fetchCount(dsl.selectOne().from(CONTACT)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(CONTACT.MEMBER_ID))
                .leftJoin(PARTNER).on(PARTNER.ID.eq(CONTACT.PARTNER_ID))
                .leftJoin(BODY).on(BODY.ID.eq(CONTACT.BODY_ID))
                .leftJoin(FORUM).on(FORUM.ID.eq(CONTACT.FORUM_ID))
                .where(where));
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    private static Condition where(ContactFilter f, boolean searchEmail) {
        Condition c = noCondition();
        String q = DirectoryRules.searchable(f.q());
        if (q != null) {
            Condition text = CONTACT.NAME.containsIgnoreCase(q).or(CONTACT.TITLE.containsIgnoreCase(q))
                    .or(ORGANISATION_NAME.containsIgnoreCase(q)).or(MEMBER.CODE.equalIgnoreCase(q));
            if (searchEmail) {
                text = text.or(CONTACT.EMAIL.containsIgnoreCase(q));
            }
            c = c.and(text);
        }
        if (f.organisationType() != null) {
            c = c.and(switch (f.organisationType()) {
                case MEMBER -> CONTACT.MEMBER_ID.isNotNull();
                case PARTNER -> CONTACT.PARTNER_ID.isNotNull();
                case BODY -> CONTACT.BODY_ID.isNotNull();
                case FORUM -> CONTACT.FORUM_ID.isNotNull();
            });
        }
        if (DirectoryRules.codeFilter(f.memberCode()) != null) {
            c = c.and(MEMBER.CODE.eq(DirectoryRules.codeFilter(f.memberCode())));
        }
        if (f.partnerId() != null) {
            c = c.and(CONTACT.PARTNER_ID.eq(f.partnerId()));
        }
        if (f.bodyId() != null) {
            c = c.and(CONTACT.BODY_ID.eq(f.bodyId()));
        }
        if (f.forumId() != null) {
            c = c.and(CONTACT.FORUM_ID.eq(f.forumId()));
        }
        if (f.focalPoint() != null) {
            c = c.and(CONTACT.FOCAL_POINT.eq(f.focalPoint()));
        }
        return c;
    }

    private static List<SortField<?>> order(SortOrder sort) {
        List<SortField<?>> order = new ArrayList<>();
        if (sort.key().equals("organisation")) {
            order.add(sort.descending() ? ORGANISATION_NAME.desc() : ORGANISATION_NAME.asc());
        } else {
            order.add(sort.descending() ? CONTACT.NAME.desc() : CONTACT.NAME.asc());
        }
        order.add(CONTACT.NAME.asc());
        order.add(CONTACT.ID.asc());
        return order;
    }

    long insert(String name, String title, Owner owner, String email, String phone, boolean focalPoint) {
        return dsl.insertInto(CONTACT)
                .set(CONTACT.NAME, name).set(CONTACT.TITLE, title)
                .set(CONTACT.MEMBER_ID, owner.memberId()).set(CONTACT.PARTNER_ID, owner.partnerId())
                .set(CONTACT.BODY_ID, owner.bodyId()).set(CONTACT.FORUM_ID, owner.forumId())
                .set(CONTACT.EMAIL, email).set(CONTACT.PHONE, phone).set(CONTACT.FOCAL_POINT, focalPoint)
                .returningResult(CONTACT.ID)
                .fetchSingle(Record1::value1);
    }

    boolean update(long id, int version, String name, String title, Owner owner, String email, String phone,
                   boolean focalPoint) {
        return dsl.update(CONTACT)
                .set(CONTACT.NAME, name).set(CONTACT.TITLE, title)
                .set(CONTACT.MEMBER_ID, owner.memberId()).set(CONTACT.PARTNER_ID, owner.partnerId())
                .set(CONTACT.BODY_ID, owner.bodyId()).set(CONTACT.FORUM_ID, owner.forumId())
                .set(CONTACT.EMAIL, email).set(CONTACT.PHONE, phone).set(CONTACT.FOCAL_POINT, focalPoint)
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1)).set(CONTACT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CONTACT.ID.eq(id).and(CONTACT.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(CONTACT)
                .where(CONTACT.ID.eq(id).and(version == null ? noCondition() : CONTACT.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Whether a contact of this name already belongs to this organisation (the demo data checks). */
    boolean exists(String name, Owner owner) {
        return dsl.fetchExists(CONTACT, CONTACT.NAME.eq(name)
                .and(owner.memberId() == null ? CONTACT.MEMBER_ID.isNull() : CONTACT.MEMBER_ID.eq(owner.memberId()))
                .and(owner.partnerId() == null ? CONTACT.PARTNER_ID.isNull() : CONTACT.PARTNER_ID.eq(owner.partnerId()))
                .and(owner.bodyId() == null ? CONTACT.BODY_ID.isNull() : CONTACT.BODY_ID.eq(owner.bodyId()))
                .and(owner.forumId() == null ? CONTACT.FORUM_ID.isNull() : CONTACT.FORUM_ID.eq(owner.forumId())));
    }
}
