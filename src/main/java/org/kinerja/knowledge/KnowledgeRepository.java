package org.kinerja.knowledge;

import static org.jooq.impl.DSL.noCondition;
import static org.kinerja.knowledge.db.Tables.PRODUCT;
import static org.kinerja.knowledge.db.Tables.PRODUCT_FILE;
import static org.kinerja.knowledge.db.Tables.PRODUCT_LANGUAGE;
import static org.kinerja.knowledge.db.Tables.PRODUCT_PARTNER;
import static org.kinerja.knowledge.db.Tables.STAGE_CHANGE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

/** Knowledge products, their partners, languages and stage history, read and written with jOOQ. */
@Repository
class KnowledgeRepository {

    /** The search configuration: the products are written in English. */
    static final String TS_CONFIG = "english";
    /** How much of the files' text goes into the search document and into a snippet's source. */
    static final int SEARCH_TEXT_MAX = 600_000;
    static final int SNIPPET_TEXT_MAX = 20_000;

    /** A product's own row. */
    record Row(long id, KnowledgeProductType type, String title, String summary, Long activityId, KnowledgeStage stage,
               LocalDate stageDate, LocalDate publicationDate, String publicUrl, int version, OffsetDateTime updatedAt) {
    }

    private final DSLContext db;

    KnowledgeRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Row> find(long id) {
        return db.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional(KnowledgeRepository::row);
    }

    /** Locks the product's row until the transaction ends, so stage changes of one product queue up. */
    Optional<Row> lock(long id) {
        return db.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).forUpdate().fetchOptional(KnowledgeRepository::row);
    }

    private static Row row(Record r) {
        return new Row(r.get(PRODUCT.ID), KnowledgeProductType.valueOf(r.get(PRODUCT.TYPE)), r.get(PRODUCT.TITLE),
                r.get(PRODUCT.SUMMARY), r.get(PRODUCT.ACTIVITY_ID), KnowledgeStage.valueOf(r.get(PRODUCT.STAGE)),
                r.get(PRODUCT.STAGE_DATE), r.get(PRODUCT.PUBLICATION_DATE), r.get(PRODUCT.PUBLIC_URL),
                r.get(PRODUCT.VERSION), r.get(PRODUCT.UPDATED_AT));
    }

    List<Long> partnerIds(long productId) {
        return db.select(PRODUCT_PARTNER.PARTNER_ID).from(PRODUCT_PARTNER).where(PRODUCT_PARTNER.PRODUCT_ID.eq(productId))
                .orderBy(PRODUCT_PARTNER.PARTNER_ID).fetch(Record1::value1);
    }

    List<String> languages(long productId) {
        return db.select(PRODUCT_LANGUAGE.CODE).from(PRODUCT_LANGUAGE).where(PRODUCT_LANGUAGE.PRODUCT_ID.eq(productId))
                .orderBy(PRODUCT_LANGUAGE.CODE).fetch(Record1::value1);
    }

    List<KnowledgeProduct.StageEntry> stages(long productId) {
        return db.select(STAGE_CHANGE.STAGE, STAGE_CHANGE.CHANGED_ON, STAGE_CHANGE.NOTE).from(STAGE_CHANGE)
                .where(STAGE_CHANGE.PRODUCT_ID.eq(productId)).orderBy(STAGE_CHANGE.ID)
                .fetch(r -> new KnowledgeProduct.StageEntry(KnowledgeStage.valueOf(r.value1()), r.value2(), r.value3()));
    }

    long insert(KnowledgeProductType type, String title, String summary, Long activityId, String publicUrl,
                LocalDate conceptDate) {
        long id = db.insertInto(PRODUCT)
                .set(PRODUCT.TYPE, type.name()).set(PRODUCT.TITLE, title).set(PRODUCT.SUMMARY, summary)
                .set(PRODUCT.ACTIVITY_ID, activityId).set(PRODUCT.PUBLIC_URL, publicUrl)
                .set(PRODUCT.STAGE, KnowledgeStage.CONCEPT.name()).set(PRODUCT.STAGE_DATE, conceptDate)
                .returningResult(PRODUCT.ID).fetchOne(Record1::value1);
        addStage(id, KnowledgeStage.CONCEPT, conceptDate, null);
        return id;
    }

    boolean update(long id, int version, KnowledgeProductType type, String title, String summary, Long activityId,
                   String publicUrl) {
        return db.update(PRODUCT)
                .set(PRODUCT.TYPE, type.name()).set(PRODUCT.TITLE, title).set(PRODUCT.SUMMARY, summary)
                .set(PRODUCT.ACTIVITY_ID, activityId).set(PRODUCT.PUBLIC_URL, publicUrl)
                .set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1)).set(PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PRODUCT.ID.eq(id).and(PRODUCT.VERSION.eq(version)))
                .execute() == 1;
    }

    void setPartners(long id, Collection<Long> partnerIds) {
        db.deleteFrom(PRODUCT_PARTNER).where(PRODUCT_PARTNER.PRODUCT_ID.eq(id)).execute();
        for (Long partnerId : partnerIds) {
            db.insertInto(PRODUCT_PARTNER).set(PRODUCT_PARTNER.PRODUCT_ID, id).set(PRODUCT_PARTNER.PARTNER_ID, partnerId)
                    .execute();
        }
    }

    void setLanguages(long id, Collection<String> codes) {
        db.deleteFrom(PRODUCT_LANGUAGE).where(PRODUCT_LANGUAGE.PRODUCT_ID.eq(id)).execute();
        for (String code : codes) {
            db.insertInto(PRODUCT_LANGUAGE).set(PRODUCT_LANGUAGE.PRODUCT_ID, id).set(PRODUCT_LANGUAGE.CODE, code).execute();
        }
    }

    void addStage(long id, KnowledgeStage stage, LocalDate date, String note) {
        db.insertInto(STAGE_CHANGE).set(STAGE_CHANGE.PRODUCT_ID, id).set(STAGE_CHANGE.STAGE, stage.name())
                .set(STAGE_CHANGE.CHANGED_ON, date).set(STAGE_CHANGE.NOTE, note).execute();
    }

    /** Moves the product to {@code stage}; the caller holds its lock and has checked the version. */
    void setStage(long id, KnowledgeStage stage, LocalDate date, LocalDate publicationDate) {
        db.update(PRODUCT).set(PRODUCT.STAGE, stage.name()).set(PRODUCT.STAGE_DATE, date)
                .set(PRODUCT.PUBLICATION_DATE, publicationDate)
                .set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1)).set(PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PRODUCT.ID.eq(id)).execute();
    }

    boolean delete(long id, Integer version) {
        return db.deleteFrom(PRODUCT)
                .where(PRODUCT.ID.eq(id).and(version == null ? noCondition() : PRODUCT.VERSION.eq(version)))
                .execute() == 1;
    }

    /**
     * Rebuilds the product's search document from its title (weight A), summary (B) and the extracted text
     * of its files (C).
     */
    void refreshSearch(long id) {
        db.execute("update knowledge.product p set search ="
                + " setweight(to_tsvector(?::regconfig, p.title), 'A')"
                + " || setweight(to_tsvector(?::regconfig, p.summary), 'B')"
                + " || setweight(to_tsvector(?::regconfig, left(coalesce((select string_agg(f.content_text, ' ' order by f.id)"
                + " from knowledge.product_file f where f.product_id = p.id), ''), ?)), 'C')"
                + " where p.id = ?", TS_CONFIG, TS_CONFIG, TS_CONFIG, SEARCH_TEXT_MAX, id);
    }

    // --- lists -----------------------------------------------------------------------------------------

    ListPage<Listed> list(KnowledgeProductFilter f, PageQuery page) {
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip();
        Field<Object> query = q == null ? null
                : DSL.field("websearch_to_tsquery({0}::regconfig, {1})", Object.class, DSL.val(TS_CONFIG), DSL.val(q));
        Condition where = where(f, query);
        List<Field<?>> fields = new ArrayList<>(List.of(PRODUCT.ID, PRODUCT.TYPE, PRODUCT.TITLE, PRODUCT.STAGE,
                PRODUCT.STAGE_DATE, PRODUCT.PUBLICATION_DATE, PRODUCT.ACTIVITY_ID));
        Field<String> snippet = null;
        Field<Double> rank = null;
        if (query != null) {
            rank = DSL.field("ts_rank(knowledge.product.search, {0})", SQLDataType.DOUBLE, query);
            snippet = DSL.field("ts_headline({0}::regconfig, translate(knowledge.product.title || ' — ' || knowledge.product.summary"
                    + " || ' ' || left(coalesce((select string_agg(f.content_text, ' ' order by f.id)"
                    + " from knowledge.product_file f where f.product_id = knowledge.product.id), ''), {1}), {2}, ''), {3},"
                    + " {4})", SQLDataType.VARCHAR, DSL.val(TS_CONFIG), DSL.val(SNIPPET_TEXT_MAX),
                    DSL.val(Snippet.START + Snippet.STOP), query,
                    DSL.val("StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
                            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""));
            fields.add(snippet);
        }
        List<SortField<?>> order = new ArrayList<>();
        if (rank != null) {
            order.add(rank.desc());
        }
        order.add(PRODUCT.STAGE_DATE.desc());
        order.add(PRODUCT.TITLE.asc());
        order.add(PRODUCT.ID.asc());
        var records = db.select(fields).from(PRODUCT).where(where).orderBy(order)
                .limit(page.size()).offset(page.offset()).fetch();
        long total = db.fetchCount(PRODUCT, where);
        List<Long> ids = records.map(r -> r.get(PRODUCT.ID));
        Map<Long, List<String>> languages = new LinkedHashMap<>();
        Map<Long, List<Long>> partners = new LinkedHashMap<>();
        Map<Long, long[]> files = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            db.select(PRODUCT_LANGUAGE.PRODUCT_ID, PRODUCT_LANGUAGE.CODE).from(PRODUCT_LANGUAGE)
                    .where(PRODUCT_LANGUAGE.PRODUCT_ID.in(ids)).orderBy(PRODUCT_LANGUAGE.CODE)
                    .forEach(r -> languages.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            db.select(PRODUCT_PARTNER.PRODUCT_ID, PRODUCT_PARTNER.PARTNER_ID).from(PRODUCT_PARTNER)
                    .where(PRODUCT_PARTNER.PRODUCT_ID.in(ids))
                    .forEach(r -> partners.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            db.select(PRODUCT_FILE.PRODUCT_ID, DSL.count(), DSL.sum(PRODUCT_FILE.DOWNLOADS)).from(PRODUCT_FILE)
                    .where(PRODUCT_FILE.PRODUCT_ID.in(ids)).groupBy(PRODUCT_FILE.PRODUCT_ID)
                    .forEach(r -> files.put(r.value1(), new long[] {r.value2(), r.value3() == null ? 0 : r.value3().longValue()}));
        }
        List<Listed> items = new ArrayList<>();
        for (Record r : records) {
            long id = r.get(PRODUCT.ID);
            long[] fileCounts = files.getOrDefault(id, new long[2]);
            items.add(new Listed(id, KnowledgeProductType.valueOf(r.get(PRODUCT.TYPE)), r.get(PRODUCT.TITLE),
                    KnowledgeStage.valueOf(r.get(PRODUCT.STAGE)), r.get(PRODUCT.STAGE_DATE), r.get(PRODUCT.PUBLICATION_DATE),
                    r.get(PRODUCT.ACTIVITY_ID), partners.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()),
                    (int) fileCounts[0], fileCounts[1], snippet == null ? null : r.get(snippet)));
        }
        return new ListPage<>(List.copyOf(items), page.page(), page.size(), total);
    }

    /** A listed product before the other modules' names are added. */
    record Listed(long id, KnowledgeProductType type, String title, KnowledgeStage stage, LocalDate stageDate,
                  LocalDate publicationDate, Long activityId, List<Long> partnerIds, List<String> languages, int files,
                  long downloads, String snippet) {
    }

    private static Condition where(KnowledgeProductFilter f, Field<Object> query) {
        Condition c = noCondition();
        if (query != null) {
            c = c.and(DSL.condition("knowledge.product.search @@ {0}", query));
        }
        if (f.type() != null) {
            c = c.and(PRODUCT.TYPE.eq(f.type().name()));
        }
        if (f.stage() != null) {
            c = c.and(PRODUCT.STAGE.eq(f.stage().name()));
        }
        if (f.publishedOnly()) {
            c = c.and(PRODUCT.STAGE.eq(KnowledgeStage.PUBLISHED.name()));
        }
        if (f.partnerId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(PRODUCT_PARTNER).where(PRODUCT_PARTNER.PRODUCT_ID.eq(PRODUCT.ID)
                    .and(PRODUCT_PARTNER.PARTNER_ID.eq(f.partnerId())))));
        }
        if (f.language() != null && !f.language().isBlank()) {
            c = c.and(DSL.exists(DSL.selectOne().from(PRODUCT_LANGUAGE).where(PRODUCT_LANGUAGE.PRODUCT_ID.eq(PRODUCT.ID)
                    .and(PRODUCT_LANGUAGE.CODE.eq(f.language().strip().toLowerCase(java.util.Locale.ROOT))))));
        }
        if (f.year() != null) {
            c = c.and(PRODUCT.STAGE_DATE.between(LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
        }
        if (f.activityId() != null) {
            c = c.and(PRODUCT.ACTIVITY_ID.eq(f.activityId()));
        }
        return c;
    }

    // --- references ------------------------------------------------------------------------------------

    int countNamingActivity(long activityId) {
        return db.fetchCount(PRODUCT, PRODUCT.ACTIVITY_ID.eq(activityId));
    }

    int countNamingPartner(long partnerId) {
        return db.fetchCount(PRODUCT_PARTNER, PRODUCT_PARTNER.PARTNER_ID.eq(partnerId));
    }

    /** Whether a product of this title exists, ignoring case: what the demo data skips. */
    Optional<Long> idByTitle(String title) {
        return db.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.TITLE.equalIgnoreCase(title)).limit(1)
                .fetchOptional(Record1::value1);
    }
}
