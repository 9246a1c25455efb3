package org.kinerja.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV from a stream, one record at a time: strict UTF-8 (a byte order mark is skipped,
 * invalid bytes fail with {@link CharacterCodingException}), fields separated by a comma or a semicolon —
 * whichever the first line has more of outside quotes — records ended by CRLF, LF or CR, quoted fields
 * may hold separators, doubled quotes and line breaks. It is lenient where spreadsheets are: a quote in
 * the middle of an unquoted field, or text after a closing quote, is kept as text.
 */
public final class CsvReader implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Reader reader;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean eof;
    private final char separator;
    private int records;
    private final StringBuilder field = new StringBuilder();

    private CsvReader(Reader reader) throws IOException {
        this.reader = reader;
        fillFirstLine();
        if (limit > 0 && buffer[0] == '\uFEFF') {
            position = 1;
        }
        this.separator = detectSeparator();
    }

    /** A reader of {@code in}, which it closes when closed. */
    public static CsvReader open(InputStream in) throws IOException {
        return new CsvReader(new StrictUtf8Reader(in));
    }

    /** {@code ,} or {@code ;}. */
    public char separator() {
        return separator;
    }

    /**
     * The number of the record last returned by {@link #next()}, or being read when it failed: 1 for the
     * header, as a spreadsheet numbers its rows (a record with line breaks in quotes is one row).
     */
    public int recordNumber() {
        return records;
    }

    /**
     * The next record's fields, or {@code null} after the last one. An empty line is a record of one
     * empty field.
     *
     * @throws CharacterCodingException when the file is not valid UTF-8
     * @throws UnclosedQuoteException    when a quoted field is still open at the end of the file
     */
    public List<String> next() throws IOException {
        if (!ensure()) {
            return null;
        }
        records++;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (!ensure()) {
                if (quoted) {
                    throw new UnclosedQuoteException(records);
                }
                fields.add(field.toString());
                return fields;
            }
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (ensure() && buffer[position] == '"') {
                        position++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c == '\r') {
                if (ensure() && buffer[position] == '\n') {
                    position++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Whether a character is available at {@code position}, reading more when needed. */
    private boolean ensure() throws IOException {
        if (position < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Fills the buffer until it holds the first line break, is full, or the file ends. */
    private void fillFirstLine() throws IOException {
        while (limit < buffer.length && !hasLineBreak()) {
            int n = reader.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = limit == 0;
                return;
            }
            limit += n;
        }
    }

    private boolean hasLineBreak() {
        for (int i = 0; i < limit; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private char detectSeparator() {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                }
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A quoted field was still open when the file ended. */
    public static final class UnclosedQuoteException extends IOException {

        private final int record;

        UnclosedQuoteException(int record) {
            super("the quoted field that starts in record " + record + " is not closed");
            this.record = record;
        }

        /** The record the field belongs to, numbered as {@link #recordNumber()} numbers them. */
        public int record() {
            return record;
        }
    }

    /**
     * Decodes strict UTF-8 and, unlike {@link java.io.InputStreamReader}, first hands over every character
     * before an invalid byte and fails only when that byte is reached, so that the failure names the right
     * record.
     */
    private static final class StrictUtf8Reader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        /** Kept ready for reading (flipped). */
        private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
        private boolean endOfBytes;
        private CharacterCodingException failure;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (failure != null) {
                throw failure;
            }
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            while (failure == null) {
                CoderResult result = decoder.decode(bytes, out, endOfBytes);
                if (result.isError()) {
                    failure = new MalformedInputException(result.length());
                } else if (result.isOverflow() || endOfBytes || out.position() > offset) {
                    break;
                } else {
                    fill();
                }
            }
            int decoded = out.position() - offset;
            if (decoded > 0) {
                return decoded;
            }
            if (failure != null) {
                throw failure;
            }
            return -1;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
