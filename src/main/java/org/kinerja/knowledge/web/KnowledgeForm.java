package org.kinerja.knowledge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kinerja.knowledge.KnowledgeProduct;
import org.kinerja.knowledge.KnowledgeProductInput;
import org.kinerja.knowledge.KnowledgeProductType;
import org.kinerja.shared.InvalidInputException;

/** The product form as typed: text, read into a {@link KnowledgeProductInput} with the field of any mistake. */
public record KnowledgeForm(String type, String title, String summary, String activityId, List<String> partnerIds,
                            String languages, String publicUrl, String conceptDate, String version) {

    public static KnowledgeForm blank() {
        return new KnowledgeForm(KnowledgeProductType.PRACTITIONER_GUIDE.name(), "", "", "", List.of(), "en", "",
                LocalDate.now().toString(), "");
    }

    public static KnowledgeForm of(KnowledgeProduct p) {
        return new KnowledgeForm(p.type().name(), p.title(), p.summary(),
                p.activity() == null ? "" : String.valueOf(p.activity().id()),
                p.partnerIds().stream().map(String::valueOf).toList(), String.join(", ", p.languages()),
                p.publicUrl() == null ? "" : p.publicUrl(), "", String.valueOf(p.version()));
    }

    /** Whether the partner is ticked. */
    public boolean hasPartner(long id) {
        return partnerIds != null && partnerIds.contains(String.valueOf(id));
    }

    KnowledgeProductInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        KnowledgeProductType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = KnowledgeProductType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("type", "knowledge.value.unknown", type.strip());
            }
        }
        Long activity = number(errors, "activityId", activityId);
        List<Long> partners = new ArrayList<>();
        for (String p : partnerIds == null ? List.<String>of() : partnerIds) {
            Long id = number(errors, "partnerIds", p);
            if (id != null) {
                partners.add(id);
            }
        }
        List<String> codes = languages == null || languages.isBlank() ? List.of()
                : Arrays.stream(languages.strip().split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
        LocalDate concept = null;
        if (conceptDate != null && !conceptDate.isBlank()) {
            try {
                concept = LocalDate.parse(conceptDate.strip());
            } catch (DateTimeParseException e) {
                errors.add("conceptDate", "knowledge.date.invalid");
            }
        }
        Long v = number(errors, "version", version);
        errors.throwIfAny();
        return new KnowledgeProductInput(t, title, summary, activity, partners, codes, publicUrl, concept,
                v == null ? null : v.intValue());
    }

    static Long number(InvalidInputException.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "knowledge.number.invalid");
            return null;
        }
    }
}
