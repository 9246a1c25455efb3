package org.kinerja.knowledge;

/** What kind of knowledge product. */
public enum KnowledgeProductType {
    PRACTITIONER_GUIDE, POLICY_GUIDE, THEMATIC_BRIEFING_NOTE, PRACTICAL_GUIDE, TOOLKIT, RESEARCH_REPORT,
    TRAINING_MODULE, OTHER
}
