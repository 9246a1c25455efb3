package org.kinerja.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinerja.exchange.csv.CsvWriter;
import org.kinerja.exchange.xlsx.XlsxWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes a table to CSV or XLSX, one row at a time. Headers and the sheet name come from the message
 * bundles in the current user's language. Text is escaped against formula injection in both formats
 * ({@link SpreadsheetText}); numbers, dates and booleans are not text and are never escaped.
 * {@link ExportResponses} wraps this for HTTP answers.
 */
@Service
public class ExportService {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;

    ExportService(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Writes every row of {@code rows} to {@code out} in {@code format}. Does not close {@code out}.
     *
     * @throws IOException when {@code out} fails (the client went away)
     */
    public <T> void write(ExportFormat format, ExportTable<T> table, RowSource<? extends T> rows, OutputStream out)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>();
        for (ExportTable.Column<T> column : table.columns()) {
            headers.add(messages.getMessage(column.headerKey(), null, column.headerKey(), locale));
        }
        try {
            switch (format) {
                case CSV -> csv(table, headers, rows, out);
                case XLSX -> xlsx(table, messages.getMessage(table.titleKey(), null, table.titleKey(), locale),
                        headers, rows, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> void csv(ExportTable<T> table, List<String> headers, RowSource<? extends T> rows,
                                OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.record(headers.stream().map(SpreadsheetText::escape).toList());
        List<ExportTable.Column<T>> columns = table.columns();
        rows.forEach(row -> {
            Object[] cells = table.cells(row);
            List<String> fields = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                fields.add(csvText(columns.get(i).type(), cells[i]));
            }
            try {
                csv.record(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static <T> void xlsx(ExportTable<T> table, String title, List<String> headers,
                                 RowSource<? extends T> rows, OutputStream out) throws IOException {
        List<ColumnType> types = table.columns().stream().map(ExportTable.Column::type).toList();
        try (XlsxWriter xlsx = new XlsxWriter(title, types)) {
            xlsx.header(headers.stream().map(SpreadsheetText::escape).toList());
            rows.forEach(row -> {
                Object[] cells = table.cells(row);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] instanceof String text) {
                        cells[i] = SpreadsheetText.escape(text);
                    }
                }
                xlsx.row(cells);
            });
            xlsx.finish(out);
        }
        out.flush();
    }

    /** A cell as CSV text: escaped text, plain numbers with a {@code .}, ISO dates, {@code true}/{@code false}. */
    static String csvText(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> SpreadsheetText.escape((String) value);
            case NUMBER -> number((Number) value);
            case DATE -> ((LocalDate) value).toString();
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
            case BOOLEAN -> value.toString();
        };
    }

    private static String number(Number n) {
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : null;
        }
        if (n instanceof BigInteger || n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        return new BigDecimal(n.toString()).toPlainString();
    }
}
