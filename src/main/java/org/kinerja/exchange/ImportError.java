package org.kinerja.exchange;

/**
 * What is wrong with one row of an import file, in the user's language.
 *
 * @param row     the row as a spreadsheet numbers it: the header is row 1
 * @param column  the column at fault, or {@code null} when the row as a whole is
 * @param message what is wrong
 */
public record ImportError(int row, String column, String message) {
}
