package org.kinerja.indicator;

/**
 * An outcome as it is created or changed; {@link Outcome} explains the fields.
 *
 * @param version the version the change was made from (required to change an outcome; ignored on create)
 */
public record OutcomeInput(String code, Integer purposeNumber, String statement, Integer version) {
}
