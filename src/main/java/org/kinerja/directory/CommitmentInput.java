package org.kinerja.directory;

import java.util.List;

/** What a commitment is created or changed with; {@code purposes} replaces its links. */
public record CommitmentInput(String sourceDocument, Integer year, String reference, String text, String sourceUrl,
                              List<PurposeLink> purposes, Integer version) {
}
