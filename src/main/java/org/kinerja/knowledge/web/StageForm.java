package org.kinerja.knowledge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.kinerja.knowledge.KnowledgeProduct;
import org.kinerja.knowledge.KnowledgeStage;
import org.kinerja.knowledge.StageChange;
import org.kinerja.shared.InvalidInputException;

/** The stage form as typed. */
public record StageForm(String stage, String date, String note, String version) {

    /** The form offering the next stage forward, dated today. */
    public static StageForm next(KnowledgeProduct p) {
        KnowledgeStage next = p.stage() == KnowledgeStage.PUBLISHED || p.stage() == KnowledgeStage.WITHDRAWN
                ? KnowledgeStage.WITHDRAWN : KnowledgeStage.values()[p.stage().ordinal() + 1];
        return new StageForm(next.name(), LocalDate.now().toString(), "", String.valueOf(p.version()));
    }

    StageChange toChange() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        KnowledgeStage s = null;
        if (stage != null && !stage.isBlank()) {
            try {
                s = KnowledgeStage.valueOf(stage.strip());
            } catch (IllegalArgumentException e) {
                errors.add("stage", "knowledge.value.unknown", stage.strip());
            }
        }
        LocalDate d = null;
        if (date != null && !date.isBlank()) {
            try {
                d = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                errors.add("date", "knowledge.date.invalid");
            }
        }
        Long v = KnowledgeForm.number(errors, "version", version);
        errors.throwIfAny();
        return new StageChange(s, d, note, v == null ? null : v.intValue());
    }
}
