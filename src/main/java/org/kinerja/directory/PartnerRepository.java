package org.kinerja.directory;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;
import static org.kinerja.directory.db.Tables.CONTACT;
import static org.kinerja.directory.db.Tables.COUNTRY;
import static org.kinerja.directory.db.Tables.MEMBER;
import static org.kinerja.directory.db.Tables.PARTNER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record14;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Partners, read and written with jOOQ. */
@Repository
class PartnerRepository {

    static final List<String> SORT_KEYS = List.of("name", "type", "country");

    private final DSLContext dsl;

    PartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private SelectOnConditionStep<Record14<Long, String, String, PartnerType, String, String, String, String, String,
            String, String, Boolean, Integer, OffsetDateTime>> selectPartners() {
        return dsl.select(PARTNER.ID, PARTNER.NAME, PARTNER.SHORT_NAME, PARTNER.TYPE.convertFrom(PartnerType::valueOf),
                        PARTNER.COUNTRY_CODE, COUNTRY.NAME, PARTNER.WEBSITE, PARTNER.IATI_ORGANISATION_ID,
                        PARTNER.DAC_CHANNEL_CODE, MEMBER.CODE, PARTNER.NOTES, PARTNER.SHIPPED, PARTNER.VERSION,
                        PARTNER.UPDATED_AT)
                .from(PARTNER)
                .leftJoin(COUNTRY).on(COUNTRY.ALPHA3.eq(PARTNER.COUNTRY_CODE))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(PARTNER.MEMBER_ID));
    }

    Optional<Partner> find(long id) {
        return selectPartners().where(PARTNER.ID.eq(id)).fetchOptional(mapping(Partner::new));
    }

    List<Partner> findAll(Collection<Long> ids) {
        return selectPartners().where(PARTNER.ID.in(ids)).orderBy(PARTNER.NAME).fetch(mapping(Partner::new));
    }

    Optional<Long> idOfName(String name) {
        return dsl.select(PARTNER.ID).from(PARTNER).where(PARTNER.NAME.eq(name)).fetchOptional(Record1::value1);
    }

    /** The ids of the records whose name or short name is {@code text}, ignoring case; at most two. */
    List<Long> idsNamed(String text) {
        return dsl.select(PARTNER.ID).from(PARTNER)
                .where(PARTNER.NAME.equalIgnoreCase(text).or(PARTNER.SHORT_NAME.equalIgnoreCase(text)))
                .orderBy(PARTNER.ID).limit(2).fetch(Record1::value1);
    }

    /** The id of the partner named {@code name}, ignoring case. */
    Optional<Long> idByName(String name) {
        return dsl.select(PARTNER.ID).from(PARTNER).where(PARTNER.NAME.equalIgnoreCase(name))
                .fetchOptional(Record1::value1);
    }

    boolean exists(long id) {
        return dsl.fetchExists(PARTNER, PARTNER.ID.eq(id));
    }

    boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(PARTNER, PARTNER.NAME.equalIgnoreCase(name)
                .and(exceptId == null ? noCondition() : PARTNER.ID.ne(exceptId)));
    }

    ListPage<Partner> list(PartnerFilter filter, PageQuery page) {
        Condition where = where(filter);
        List<Partner> items = selectPartners().where(where)
                .orderBy(order(SortOrder.parse(filter.sort(), SORT_KEYS)))
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Partner::new));
        long total = dsl.fetchCount(dsl.selectOne().from(PARTNER)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(PARTNER.MEMBER_ID)).where(where));
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    private static Condition where(PartnerFilter f) {
        Condition c = noCondition();
        String q = DirectoryRules.searchable(f.q());
        if (q != null) {
            c = c.and(PARTNER.NAME.containsIgnoreCase(q).or(PARTNER.SHORT_NAME.containsIgnoreCase(q)));
        }
        if (f.type() != null) {
            c = c.and(PARTNER.TYPE.eq(f.type().name()));
        }
        if (DirectoryRules.codeFilter(f.countryCode()) != null) {
            c = c.and(PARTNER.COUNTRY_CODE.eq(DirectoryRules.codeFilter(f.countryCode())));
        }
        if (DirectoryRules.codeFilter(f.memberCode()) != null) {
            c = c.and(MEMBER.CODE.eq(DirectoryRules.codeFilter(f.memberCode())));
        }
        return c;
    }

    private static List<SortField<?>> order(SortOrder sort) {
        List<SortField<?>> order = new ArrayList<>();
        switch (sort.key()) {
            case "type" -> order.add(sort.descending() ? PARTNER.TYPE.desc() : PARTNER.TYPE.asc());
            case "country" -> order.add(sort.descending() ? COUNTRY.NAME.desc().nullsLast() : COUNTRY.NAME.asc().nullsLast());
            default -> order.add(sort.descending() ? PARTNER.NAME.desc() : PARTNER.NAME.asc());
        }
        order.add(PARTNER.NAME.asc());
        return order;
    }

    Optional<Long> insert(String name, String shortName, PartnerType type, String countryCode, String website,
                          String iatiOrganisationId, String dacChannelCode, Long memberId, String notes,
                          boolean shipped) {
        return dsl.insertInto(PARTNER)
                .set(PARTNER.NAME, name).set(PARTNER.SHORT_NAME, shortName).set(PARTNER.TYPE, type.name())
                .set(PARTNER.COUNTRY_CODE, countryCode).set(PARTNER.WEBSITE, website)
                .set(PARTNER.IATI_ORGANISATION_ID, iatiOrganisationId).set(PARTNER.DAC_CHANNEL_CODE, dacChannelCode)
                .set(PARTNER.MEMBER_ID, memberId).set(PARTNER.NOTES, notes).set(PARTNER.SHIPPED, shipped)
                .onConflictDoNothing()
                .returningResult(PARTNER.ID)
                .fetchOptional(Record1::value1);
    }

    boolean update(long id, int version, String name, String shortName, PartnerType type, String countryCode,
                   String website, String iatiOrganisationId, String dacChannelCode, Long memberId, String notes) {
        return dsl.update(PARTNER)
                .set(PARTNER.NAME, name).set(PARTNER.SHORT_NAME, shortName).set(PARTNER.TYPE, type.name())
                .set(PARTNER.COUNTRY_CODE, countryCode).set(PARTNER.WEBSITE, website)
                .set(PARTNER.IATI_ORGANISATION_ID, iatiOrganisationId).set(PARTNER.DAC_CHANNEL_CODE, dacChannelCode)
                .set(PARTNER.MEMBER_ID, memberId).set(PARTNER.NOTES, notes)
                .set(PARTNER.VERSION, PARTNER.VERSION.plus(1)).set(PARTNER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PARTNER.ID.eq(id).and(PARTNER.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean delete(long id, Integer version) {
        return dsl.deleteFrom(PARTNER)
                .where(PARTNER.ID.eq(id).and(version == null ? noCondition() : PARTNER.VERSION.eq(version)))
                .execute() == 1;
    }

    int contactCount(long id) {
        return dsl.fetchCount(CONTACT, CONTACT.PARTNER_ID.eq(id));
    }

    /** Every partner by name, for choices in forms. */
    List<Partner> all() {
        return selectPartners().orderBy(PARTNER.NAME).fetch(mapping(Partner::new));
    }
}
