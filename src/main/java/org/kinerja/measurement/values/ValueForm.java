package org.kinerja.measurement.values;

import java.math.BigDecimal;

import org.kinerja.measurement.ValueInput;
import org.kinerja.shared.InvalidInputException;

/**
 * The value entry form of the indicator values page, as typed. Public because the precompiled templates read it.
 *
 * @param period      the period label chosen
 * @param value       the number, as typed
 * @param text        the qualitative value
 * @param numerator   the part above the line, as typed
 * @param denominator the part below the line, as typed
 * @param comment     the comment
 * @param evidenceUrl the evidence link
 */
public record ValueForm(String period, String value, String text, String numerator, String denominator,
                        String comment, String evidenceUrl) {

    public static ValueForm blank(String period) {
        return new ValueForm(period, "", "", "", "", "", "");
    }

    /** The input the form holds; 422 naming every field whose number cannot be read. */
    ValueInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        BigDecimal v = decimal("value", value, errors);
        BigDecimal n = decimal("numerator", numerator, errors);
        BigDecimal d = decimal("denominator", denominator, errors);
        errors.throwIfAny();
        return new ValueInput(period, v, text, n, d, comment, evidenceUrl, null);
    }

    private static BigDecimal decimal(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "values.number.invalid");
            return null;
        }
    }

    /** {@code s}, or "" for {@code null}, for the form's inputs. */
    public static String or(String s) {
        return s == null ? "" : s;
    }
}
