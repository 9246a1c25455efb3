package org.kinerja.knowledge;

import java.util.List;
import java.util.Locale;

import org.kinerja.directory.RecordKind;
import org.kinerja.directory.ReferenceCheck;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the activities and partners that products name from being deleted: the work plan and the directory
 * refuse with 409, naming "2 knowledge products".
 */
@Configuration
class KnowledgeReferences {

    @Bean
    ActivityReferenceCheck knowledgeActivityReferences(KnowledgeRepository products, MessageSource messages) {
        return (activityId, locale) -> phrase(products.countNamingActivity(activityId), messages, locale);
    }

    @Bean
    ReferenceCheck knowledgePartnerReferences(KnowledgeRepository products, MessageSource messages) {
        return (record, locale) -> record.kind() != RecordKind.PARTNER ? List.of()
                : ReferenceCheck.counted(products.countNamingPartner(record.id()), "knowledge.refs.product",
                "knowledge.refs.products", messages, locale);
    }

    private static List<String> phrase(int count, MessageSource messages, Locale locale) {
        if (count == 0) {
            return List.of();
        }
        return List.of(count == 1 ? messages.getMessage("knowledge.refs.product", null, locale)
                : messages.getMessage("knowledge.refs.products", new Object[] {String.valueOf(count)}, locale));
    }
}
