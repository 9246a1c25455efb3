package org.kinerja.report;

import java.time.OffsetDateTime;

/**
 * An editable text of a report: the Co-Managers' foreword ({@code purposeNumber} 0) or one purpose's highlights,
 * for one plan year (half 0) or one half year.
 *
 * @param planCode      the plan
 * @param year          the plan year
 * @param half          0 for the annual report, 1 or 2 for a semi-annual one
 * @param purposeNumber 0 for the foreword, else the purpose
 * @param text          the text; paragraphs separated by a blank line
 * @param version       for optimistic locking; 0 before the first save
 * @param updatedAt     when it was last saved, or {@code null}
 */
public record Narrative(String planCode, int year, int half, int purposeNumber, String text, int version,
                        OffsetDateTime updatedAt) {

    /** The number of the foreword among a report's narratives. */
    public static final int FOREWORD = 0;
}
