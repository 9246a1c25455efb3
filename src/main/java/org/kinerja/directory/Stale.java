package org.kinerja.directory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.kinerja.shared.ConflictException;

/** The answer to a change made from a version that is no longer the current one. */
final class Stale {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private Stale() {
    }

    static ConflictException since(OffsetDateTime updatedAt) {
        return new ConflictException("version", "conflict.version",
                updatedAt == null ? "" : STAMP.format(updatedAt.withOffsetSameInstant(ZoneOffset.UTC)));
    }
}
