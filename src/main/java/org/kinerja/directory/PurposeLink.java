package org.kinerja.directory;

/**
 * A link from a commitment to a purpose of a strategic plan.
 *
 * @param planCode      the plan's code, e.g. {@code SP-2021-22}
 * @param purposeNumber the purpose's number in that plan
 */
public record PurposeLink(String planCode, Integer purposeNumber) {
}
