package org.kinerja.directory;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;
import static org.kinerja.directory.db.Tables.COUNTRY;
import static org.kinerja.directory.db.Tables.CURRENCY;
import static org.kinerja.directory.db.Tables.REFERENCE_LOAD;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** The ISO country and currency tables, and the record of which shipped files were loaded. */
@Repository
class CountryRepository {

    /** Key of the advisory lock that serialises loading shipped data when several nodes start at once. */
    private static final long REFERENCE_DATA_LOCK = 0x4b494e444952L;

    private final DSLContext dsl;

    CountryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Country> country(String alpha3) {
        if (alpha3 == null || !alpha3.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        return dsl.select(COUNTRY.ALPHA2, COUNTRY.ALPHA3, COUNTRY.NUMERIC_CODE, COUNTRY.NAME, COUNTRY.OFFICIAL_NAME,
                        COUNTRY.REGION, COUNTRY.SUB_REGION, COUNTRY.STATUS)
                .from(COUNTRY).where(COUNTRY.ALPHA3.eq(alpha3))
                .fetchOptional(mapping(Country::new));
    }

    Optional<Country> countryByAlpha2(String alpha2) {
        if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        return dsl.select(COUNTRY.ALPHA2, COUNTRY.ALPHA3, COUNTRY.NUMERIC_CODE, COUNTRY.NAME, COUNTRY.OFFICIAL_NAME,
                        COUNTRY.REGION, COUNTRY.SUB_REGION, COUNTRY.STATUS)
                .from(COUNTRY).where(COUNTRY.ALPHA2.eq(alpha2))
                .fetchOptional(mapping(Country::new));
    }

    ListPage<Country> countries(String search, PageQuery page) {
        String q = DirectoryRules.searchable(search);
        Condition where = q == null ? noCondition()
                : COUNTRY.NAME.containsIgnoreCase(q).or(COUNTRY.ALPHA3.equalIgnoreCase(q))
                        .or(COUNTRY.ALPHA2.equalIgnoreCase(q)).or(COUNTRY.OFFICIAL_NAME.containsIgnoreCase(q));
        List<Country> items = dsl.select(COUNTRY.ALPHA2, COUNTRY.ALPHA3, COUNTRY.NUMERIC_CODE, COUNTRY.NAME,
                        COUNTRY.OFFICIAL_NAME, COUNTRY.REGION, COUNTRY.SUB_REGION, COUNTRY.STATUS)
                .from(COUNTRY).where(where).orderBy(COUNTRY.NAME, COUNTRY.ALPHA3)
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Country::new));
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(COUNTRY, where));
    }

    ListPage<Currency> currencies(String search, PageQuery page) {
        String q = DirectoryRules.searchable(search);
        Condition where = q == null ? noCondition()
                : CURRENCY.CODE.equalIgnoreCase(q).or(CURRENCY.NAME.containsIgnoreCase(q))
                        .or(CURRENCY.ENTITIES.containsIgnoreCase(q));
        List<Currency> items = dsl.select(CURRENCY.CODE, CURRENCY.NUMERIC_CODE, CURRENCY.NAME, CURRENCY.MINOR_UNIT,
                        CURRENCY.ENTITIES)
                .from(CURRENCY).where(where).orderBy(CURRENCY.CODE)
                .limit(page.size()).offset(DirectoryRules.offset(page))
                .fetch(mapping(Currency::new));
        return new ListPage<>(items, page.page(), page.size(), dsl.fetchCount(CURRENCY, where));
    }

    Optional<Currency> currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        return dsl.select(CURRENCY.CODE, CURRENCY.NUMERIC_CODE, CURRENCY.NAME, CURRENCY.MINOR_UNIT, CURRENCY.ENTITIES)
                .from(CURRENCY).where(CURRENCY.CODE.eq(code))
                .fetchOptional(mapping(Currency::new));
    }

    /** Countries by name, for choices in forms. */
    List<Country> allCountries() {
        return dsl.select(COUNTRY.ALPHA2, COUNTRY.ALPHA3, COUNTRY.NUMERIC_CODE, COUNTRY.NAME, COUNTRY.OFFICIAL_NAME,
                        COUNTRY.REGION, COUNTRY.SUB_REGION, COUNTRY.STATUS)
                .from(COUNTRY).orderBy(COUNTRY.NAME).fetch(mapping(Country::new));
    }

    void upsertCountry(Country c) {
        dsl.insertInto(COUNTRY)
                .set(COUNTRY.ALPHA2, c.alpha2()).set(COUNTRY.ALPHA3, c.alpha3()).set(COUNTRY.NUMERIC_CODE, c.numericCode())
                .set(COUNTRY.NAME, c.name()).set(COUNTRY.OFFICIAL_NAME, c.officialName())
                .set(COUNTRY.REGION, c.region()).set(COUNTRY.SUB_REGION, c.subRegion()).set(COUNTRY.STATUS, c.status())
                .onConflict(COUNTRY.ALPHA2).doUpdate()
                .set(COUNTRY.ALPHA3, c.alpha3()).set(COUNTRY.NUMERIC_CODE, c.numericCode())
                .set(COUNTRY.NAME, c.name()).set(COUNTRY.OFFICIAL_NAME, c.officialName())
                .set(COUNTRY.REGION, c.region()).set(COUNTRY.SUB_REGION, c.subRegion()).set(COUNTRY.STATUS, c.status())
                .execute();
    }

    void upsertCurrency(Currency c) {
        dsl.insertInto(CURRENCY)
                .set(CURRENCY.CODE, c.code()).set(CURRENCY.NUMERIC_CODE, c.numericCode()).set(CURRENCY.NAME, c.name())
                .set(CURRENCY.MINOR_UNIT, c.minorUnit()).set(CURRENCY.ENTITIES, c.entities())
                .onConflict(CURRENCY.CODE).doUpdate()
                .set(CURRENCY.NUMERIC_CODE, c.numericCode()).set(CURRENCY.NAME, c.name())
                .set(CURRENCY.MINOR_UNIT, c.minorUnit()).set(CURRENCY.ENTITIES, c.entities())
                .execute();
    }

    int countryCount() {
        return dsl.fetchCount(COUNTRY);
    }

    /** Waits for the other nodes that load shipped data; released when the transaction ends. */
    void lockReferenceData() {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(REFERENCE_DATA_LOCK))).fetch();
    }

    /** The version of a shipped file that was loaded last, or 0 when it never was. */
    int loadedVersion(String resource) {
        return dsl.select(REFERENCE_LOAD.RESOURCE_VERSION).from(REFERENCE_LOAD)
                .where(REFERENCE_LOAD.RESOURCE.eq(resource))
                .fetchOptional(Record1::value1).orElse(0);
    }

    void markLoaded(String resource, int version) {
        dsl.insertInto(REFERENCE_LOAD)
                .set(REFERENCE_LOAD.RESOURCE, resource).set(REFERENCE_LOAD.RESOURCE_VERSION, version)
                .onConflict(REFERENCE_LOAD.RESOURCE).doUpdate()
                .set(REFERENCE_LOAD.RESOURCE_VERSION, version).set(REFERENCE_LOAD.LOADED_AT, DSL.currentOffsetDateTime())
                .execute();
    }
}
