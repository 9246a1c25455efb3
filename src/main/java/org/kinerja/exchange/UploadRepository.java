package org.kinerja.exchange;

import static org.kinerja.exchange.db.Tables.IMPORT_PROGRESS;
import static org.kinerja.exchange.db.Tables.UPLOAD;
import static org.kinerja.exchange.db.Tables.UPLOAD_CHUNK;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Uploaded import files in {@code exchange.upload} and {@code exchange.upload_chunk}: stored and read back
 * one chunk at a time.
 */
@Repository
class UploadRepository {

    static final int CHUNK_SIZE = 512 * 1024;

    /** An upload that has not expired. */
    record Upload(UUID token, String kind, long ownerId, String fileName, long fileSize, Instant expiresAt,
                  long rowCount) {
    }

    /** The file was larger than the limit; the transaction that stored it must roll back. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("upload larger than the limit", null, false, false);
        }
    }

    private final DSLContext db;

    UploadRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Stores {@code content} in chunks under a new token. Call inside a transaction.
     *
     * @throws TooLarge when the content is longer than {@code maxBytes}
     */
    UUID store(String kind, long ownerId, String fileName, InputStream content, long maxBytes, Instant now,
               Instant expiresAt) throws IOException {
        UUID token = UUID.randomUUID();
        db.insertInto(UPLOAD)
                .set(UPLOAD.TOKEN, token)
                .set(UPLOAD.KIND, kind)
                .set(UPLOAD.OWNER_ID, ownerId)
                .set(UPLOAD.FILE_NAME, fileName)
                .set(UPLOAD.CREATED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(UPLOAD.EXPIRES_AT, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .execute();
        long size = 0;
        int position = 0;
        while (true) {
            byte[] chunk = content.readNBytes(CHUNK_SIZE);
            if (chunk.length == 0) {
                break;
            }
            size += chunk.length;
            if (size > maxBytes) {
                throw new TooLarge();
            }
            db.insertInto(UPLOAD_CHUNK)
                    .set(UPLOAD_CHUNK.UPLOAD_TOKEN, token)
                    .set(UPLOAD_CHUNK.POSITION, position++)
                    .set(UPLOAD_CHUNK.DATA, chunk)
                    .execute();
        }
        db.update(UPLOAD).set(UPLOAD.FILE_SIZE, size).where(UPLOAD.TOKEN.eq(token)).execute();
        return token;
    }

    Optional<Upload> find(UUID token, Instant now) {
        return db.selectFrom(UPLOAD)
                .where(UPLOAD.TOKEN.eq(token).and(UPLOAD.EXPIRES_AT.gt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))))
                .fetchOptional(UploadRepository::upload);
    }

    /** Like {@link #find}, and locks the upload until the transaction ends, so that it is committed once. */
    Optional<Upload> lock(UUID token, Instant now) {
        return db.selectFrom(UPLOAD)
                .where(UPLOAD.TOKEN.eq(token).and(UPLOAD.EXPIRES_AT.gt(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))))
                .forUpdate()
                .fetchOptional(UploadRepository::upload);
    }

    /** The file, read one chunk at a time; each chunk is one query. */
    InputStream open(UUID token) {
        return new ChunkedInputStream(position -> db.select(UPLOAD_CHUNK.DATA).from(UPLOAD_CHUNK)
                .where(UPLOAD_CHUNK.UPLOAD_TOKEN.eq(token).and(UPLOAD_CHUNK.POSITION.eq(position)))
                .fetchOne(UPLOAD_CHUNK.DATA));
    }

    void delete(UUID token) {
        db.deleteFrom(UPLOAD).where(UPLOAD.TOKEN.eq(token)).execute();
    }

    void rowCount(UUID token, long rows) {
        db.update(UPLOAD).set(UPLOAD.ROW_COUNT, rows).where(UPLOAD.TOKEN.eq(token)).execute();
    }

    /** Starts (or restarts) the progress of a commit. Call in a transaction of its own. */
    void startProgress(Upload upload) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.insertInto(IMPORT_PROGRESS)
                .set(IMPORT_PROGRESS.TOKEN, upload.token())
                .set(IMPORT_PROGRESS.KIND, upload.kind())
                .set(IMPORT_PROGRESS.OWNER_ID, upload.ownerId())
                .set(IMPORT_PROGRESS.STATE, ImportProgress.RUNNING)
                .set(IMPORT_PROGRESS.ROWS_DONE, 0L)
                .set(IMPORT_PROGRESS.ROWS_TOTAL, upload.rowCount())
                .set(IMPORT_PROGRESS.UPDATED_AT, now)
                .onConflict(IMPORT_PROGRESS.TOKEN).doUpdate()
                .set(IMPORT_PROGRESS.STATE, ImportProgress.RUNNING)
                .set(IMPORT_PROGRESS.ROWS_DONE, 0L)
                .set(IMPORT_PROGRESS.UPDATED_AT, now)
                .execute();
    }

    /** Records a commit's progress or its end. Call in a transaction of its own. */
    void progress(UUID token, String state, long rowsDone) {
        db.update(IMPORT_PROGRESS)
                .set(IMPORT_PROGRESS.STATE, state)
                .set(IMPORT_PROGRESS.ROWS_DONE, rowsDone)
                .set(IMPORT_PROGRESS.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(IMPORT_PROGRESS.TOKEN.eq(token))
                .execute();
    }

    Optional<ImportProgress> findProgress(UUID token, String kind, long ownerId) {
        return db.selectFrom(IMPORT_PROGRESS)
                .where(IMPORT_PROGRESS.TOKEN.eq(token).and(IMPORT_PROGRESS.KIND.eq(kind))
                        .and(IMPORT_PROGRESS.OWNER_ID.eq(ownerId)))
                .fetchOptional(r -> new ImportProgress(r.getToken(), r.getState(), r.getRowsDone(), r.getRowsTotal()));
    }

    int deleteExpired(Instant now) {
        db.deleteFrom(IMPORT_PROGRESS)
                .where(IMPORT_PROGRESS.UPDATED_AT.le(OffsetDateTime.ofInstant(now.minusSeconds(86_400), ZoneOffset.UTC)))
                .execute();
        return db.deleteFrom(UPLOAD).where(UPLOAD.EXPIRES_AT.le(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))).execute();
    }

    private static Upload upload(Record r) {
        return new Upload(r.get(UPLOAD.TOKEN), r.get(UPLOAD.KIND), r.get(UPLOAD.OWNER_ID), r.get(UPLOAD.FILE_NAME),
                r.get(UPLOAD.FILE_SIZE), r.get(UPLOAD.EXPIRES_AT).toInstant(), r.get(UPLOAD.ROW_COUNT));
    }
}
