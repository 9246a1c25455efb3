package org.kinerja.delivery;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who attended an event, counted in SQL.
 *
 * @param attendances        all attendances
 * @param bySex              attendances per sex, every sex listed
 * @param byMember           attendances per member represented (code, or {@code null} for none), most first
 * @param byAgencyType       attendances per agency type ({@code null} for none recorded), most first
 * @param knowledgeGain      mean of post-test − pre-test over the attendances with both, 1 decimal; {@code null} when none has both
 * @param testedAttendances  attendances with both scores
 * @param satisfiedShare     share (0–1, 3 decimals) of satisfaction ≥ 4 among those who answered; {@code null} when nobody answered
 * @param satisfactionAnswers attendances with a satisfaction score
 */
public record EventBreakdown(long attendances, List<Count> bySex, List<Count> byMember, List<Count> byAgencyType,
                             BigDecimal knowledgeGain, long testedAttendances, BigDecimal satisfiedShare,
                             long satisfactionAnswers) {

    /** One group: its key (an enum name or a member code; {@code null} for "not recorded") and its count. */
    public record Count(String key, long count) {
    }

    public EventBreakdown {
        bySex = List.copyOf(bySex);
        byMember = List.copyOf(byMember);
        byAgencyType = List.copyOf(byAgencyType);
    }

    /** The satisfied share as a whole percentage, or {@code null}. */
    public Integer satisfiedPercent() {
        return satisfiedShare == null ? null : satisfiedShare.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
