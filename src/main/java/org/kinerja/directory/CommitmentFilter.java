package org.kinerja.directory;

/**
 * Which commitments a list shows, and in which order.
 *
 * @param q              text in the source document, reference or text
 * @param year           only commitments of this year
 * @param sourceDocument only commitments of this document (exact name)
 * @param planCode       only commitments linked to a purpose of this plan
 * @param purposeNumber  with {@code planCode}: only those linked to this purpose
 * @param sort           {@code year} or {@code source}, with a leading {@code -} for descending; default year
 */
public record CommitmentFilter(String q, Integer year, String sourceDocument, String planCode, Integer purposeNumber,
                               String sort) {

    public static CommitmentFilter all() {
        return new CommitmentFilter(null, null, null, null, null, null);
    }
}
