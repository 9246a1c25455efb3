package org.kinerja.knowledge;

import java.time.LocalDate;

/**
 * A move to another stage on {@code date}; {@code note} documents a move backwards (required then);
 * {@code version}, when given, must be the product's current version.
 */
public record StageChange(KnowledgeStage stage, LocalDate date, String note, Integer version) {
}
