package org.kinerja.knowledge;

import static org.kinerja.knowledge.db.Tables.FILE_CHUNK;
import static org.kinerja.knowledge.db.Tables.PRODUCT_FILE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The files of products in {@code knowledge.product_file} and their bytes in {@code knowledge.file_chunk},
 * written and read one chunk at a time.
 */
@Repository
class FileRepository {

    static final int CHUNK_SIZE = 512 * 1024;
    /** How long a node may hold a file's extraction before another node takes it over. */
    static final String CLAIM_TIMEOUT = "15 minutes";

    private final DSLContext db;

    FileRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long productId, String fileName, FileKind kind, long size, String sha256, TextState state) {
        return db.insertInto(PRODUCT_FILE)
                .set(PRODUCT_FILE.PRODUCT_ID, productId).set(PRODUCT_FILE.FILE_NAME, fileName)
                .set(PRODUCT_FILE.KIND, kind.name()).set(PRODUCT_FILE.SIZE, size).set(PRODUCT_FILE.SHA256, sha256)
                .set(PRODUCT_FILE.TEXT_STATE, state.name())
                .returningResult(PRODUCT_FILE.ID).fetchOne(Record1::value1);
    }

    /** Writes {@code content} as the file's chunks, reading at most one chunk at a time. */
    void writeChunks(long fileId, InputStream content) throws IOException {
        int position = 0;
        while (true) {
            byte[] chunk = content.readNBytes(CHUNK_SIZE);
            if (chunk.length == 0) {
                return;
            }
            db.insertInto(FILE_CHUNK).set(FILE_CHUNK.FILE_ID, fileId).set(FILE_CHUNK.POSITION, position++)
                    .set(FILE_CHUNK.DATA, chunk).execute();
        }
    }

    /** The file's bytes: each chunk is one query, made when the stream reaches it (one chunk ahead). */
    InputStream open(long fileId) {
        return new SequenceInputStream(new Enumeration<>() {
            private int position;
            private byte[] next = chunk(fileId, 0);

            @Override
            public boolean hasMoreElements() {
                return next != null;
            }

            @Override
            public InputStream nextElement() {
                InputStream current = new ByteArrayInputStream(next);
                next = chunk(fileId, ++position);
                return current;
            }
        });
    }

    private byte[] chunk(long fileId, int position) {
        return db.select(FILE_CHUNK.DATA).from(FILE_CHUNK)
                .where(FILE_CHUNK.FILE_ID.eq(fileId).and(FILE_CHUNK.POSITION.eq(position)))
                .fetchOne(FILE_CHUNK.DATA);
    }

    Optional<KnowledgeFile> find(long fileId) {
        return db.selectFrom(PRODUCT_FILE).where(PRODUCT_FILE.ID.eq(fileId)).fetchOptional(FileRepository::file);
    }

    List<KnowledgeFile> ofProduct(long productId) {
        return db.selectFrom(PRODUCT_FILE).where(PRODUCT_FILE.PRODUCT_ID.eq(productId)).orderBy(PRODUCT_FILE.ID)
                .fetch(FileRepository::file);
    }

    private static KnowledgeFile file(Record r) {
        return new KnowledgeFile(r.get(PRODUCT_FILE.ID), r.get(PRODUCT_FILE.PRODUCT_ID), r.get(PRODUCT_FILE.FILE_NAME),
                FileKind.valueOf(r.get(PRODUCT_FILE.KIND)), r.get(PRODUCT_FILE.SIZE), r.get(PRODUCT_FILE.SHA256),
                r.get(PRODUCT_FILE.DOWNLOADS), TextState.valueOf(r.get(PRODUCT_FILE.TEXT_STATE)),
                r.get(PRODUCT_FILE.TEXT_NOTE), r.get(PRODUCT_FILE.UPLOADED_AT));
    }

    /** Counts one download, atomically: concurrent downloads on any node each add one. */
    boolean countDownload(long fileId) {
        return db.update(PRODUCT_FILE).set(PRODUCT_FILE.DOWNLOADS, PRODUCT_FILE.DOWNLOADS.plus(1))
                .where(PRODUCT_FILE.ID.eq(fileId)).execute() == 1;
    }

    boolean delete(long fileId) {
        return db.deleteFrom(PRODUCT_FILE).where(PRODUCT_FILE.ID.eq(fileId)).execute() == 1;
    }

    /**
     * Takes the next file waiting for its text (or one whose extraction a node abandoned) for this node, or
     * nothing; two nodes never take the same file.
     */
    Optional<Long> claimNext() {
        return db.resultQuery("update knowledge.product_file set text_state = 'RUNNING', claimed_at = now()"
                        + " where id = (select id from knowledge.product_file where text_state = 'PENDING'"
                        + " or (text_state = 'RUNNING' and claimed_at < now() - cast(? as interval))"
                        + " order by id limit 1 for update skip locked) returning id", CLAIM_TIMEOUT)
                .fetchOptional(r -> r.get(0, Long.class));
    }

    /** Records the outcome of an extraction; the caller rebuilds the product's search document. */
    Optional<Long> finishText(long fileId, TextState state, String text, String note) {
        return db.update(PRODUCT_FILE).set(PRODUCT_FILE.TEXT_STATE, state.name())
                .set(PRODUCT_FILE.CONTENT_TEXT, text).set(PRODUCT_FILE.TEXT_NOTE, note)
                .set(PRODUCT_FILE.CLAIMED_AT, DSL.inline((java.time.OffsetDateTime) null))
                .where(PRODUCT_FILE.ID.eq(fileId)).returningResult(PRODUCT_FILE.PRODUCT_ID)
                .fetchOptional(Record1::value1);
    }

    int countFiles(long productId) {
        return db.fetchCount(PRODUCT_FILE, PRODUCT_FILE.PRODUCT_ID.eq(productId));
    }
}
