package org.kinerja.exchange;

/**
 * A valid row handed to the module's {@link ImportWriter}.
 *
 * @param row    the row as a spreadsheet numbers it: the header is row 1
 * @param status {@link ImportStatus#NEW} or {@link ImportStatus#MATCHED}, as the module's matcher said
 * @param value  what the module's row mapper made of it
 */
public record ImportRow<T>(int row, ImportStatus status, T value) {
}
