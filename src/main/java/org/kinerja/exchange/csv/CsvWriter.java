package org.kinerja.exchange.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV: UTF-8 with a byte order mark (so that Excel reads it as UTF-8), fields separated
 * by commas, records ended by CRLF; a field holding a comma, a double quote, CR or LF is enclosed in
 * double quotes, its double quotes doubled. Fields are written as given: escaping formula-looking text is
 * the caller's business.
 */
public final class CsvWriter implements Closeable {

    private final Writer out;

    public CsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.out.write('\uFEFF');
    }

    /** One record; {@code null} fields are empty. */
    public void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields.get(i));
        }
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes, and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
