package org.kinerja.delivery;

/**
 * Two registry entries that are likely the same person.
 *
 * @param reason {@code EMAIL} (same e-mail, ignoring case) or {@code NAME} (same normalised name, member and agency)
 */
public record DuplicateSuggestion(Person person, Person duplicate, String reason) {
}
