package org.kinerja.knowledge;

import java.time.OffsetDateTime;

/**
 * A file of a product: what it is by content, its size in bytes, the hex SHA-256 of its content, how often
 * it was downloaded through Kinerja, and how far the extraction of its text for search is.
 */
public record KnowledgeFile(long id, long productId, String fileName, FileKind kind, long size, String sha256,
                            long downloads, TextState textState, String textNote, OffsetDateTime uploadedAt) {
}
