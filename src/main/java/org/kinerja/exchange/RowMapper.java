package org.kinerja.exchange;

/**
 * Turns one row of an import file into the module's record, checking it as the module's forms would.
 * Throwing {@link org.kinerja.shared.InvalidInputException} is the same as answering
 * {@link RowResult#invalid(java.util.List)} with its violations, so existing validation can be reused.
 * It must not write anything: it runs for the preview as well as for the commit.
 */
@FunctionalInterface
public interface RowMapper<T> {

    RowResult<T> map(CsvRow row);
}
