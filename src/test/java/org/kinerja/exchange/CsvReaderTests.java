package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.exchange.csv.CsvReader;

/** The CSV reader on its own: separators, quoting, line ends, byte order mark and bad bytes. */
class CsvReaderTests {

    private static List<List<String>> read(byte[] bytes) throws Exception {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            List<String> record;
            while ((record = reader.next()) != null) {
                records.add(record);
                assertThat(reader.recordNumber()).isEqualTo(records.size());
            }
        }
        return records;
    }

    private static List<List<String>> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void detectsCommaOrSemicolonFromTheHeaderIgnoringQuotedOnes() throws Exception {
        assertThat(read("a,b;c\n1,2;3\n")).containsExactly(List.of("a", "b;c"), List.of("1", "2;3"));
        assertThat(read("a;b;\"c,d,e\"\n1;2,5;3\n")).containsExactly(List.of("a", "b", "c,d,e"), List.of("1", "2,5", "3"));
        assertThat(read("single\nvalue\n")).containsExactly(List.of("single"), List.of("value"));
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws Exception {
        assertThat(read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\r\nbye\"\r\n"))
                .containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\"\r\nbye"));
    }

    @Test
    void acceptsCrlfLfAndCrLineEndsAndAMissingLastOne() throws Exception {
        assertThat(read("a\r\n1\n2\r3")).containsExactly(List.of("a"), List.of("1"), List.of("2"), List.of("3"));
    }

    @Test
    void skipsTheByteOrderMarkAndKeepsEmptyFields() throws Exception {
        byte[] body = "a,b,c\n,,\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(read(bytes)).containsExactly(List.of("a", "b", "c"), List.of("", "", ""));
    }

    @Test
    void isLenientWithStrayQuotesLikeSpreadsheets() throws Exception {
        assertThat(read("a,b\n5\" pipe,\"x\"y\n")).containsExactly(List.of("a", "b"), List.of("5\" pipe", "xy"));
    }

    @Test
    void readsRecordsLongerThanItsBuffer() throws Exception {
        String longValue = "v".repeat(200_000);
        assertThat(read("a,b\n" + longValue + ",\"" + longValue + "\n\"\n"))
                .containsExactly(List.of("a", "b"), List.of(longValue, longValue + "\n"));
    }

    @Test
    void anUnclosedQuoteNamesTheRecordItStartsIn() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3,\"open\n4,5\n"))
                .isInstanceOfSatisfying(CsvReader.UnclosedQuoteException.class, e -> assertThat(e.record()).isEqualTo(3));
    }

    @Test
    void invalidUtf8FailsInTheRecordThatHasIt() throws Exception {
        byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, (byte) 0x28, '\n', 'd', '\n'};
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.next()).containsExactly("a");
            assertThat(reader.next()).containsExactly("b");
            assertThatThrownBy(reader::next).isInstanceOf(CharacterCodingException.class);
            assertThat(reader.recordNumber()).isEqualTo(3);
        }
    }

    @Test
    void aTruncatedCharacterAtTheEndFails() {
        assertThatThrownBy(() -> read(new byte[] {'a', '\n', 'b', (byte) 0xE2, (byte) 0x82}))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void readsMultiByteCharactersAcrossBufferBoundaries() throws Exception {
        String name = "\u00e9\u20ac\ud83d\ude00".repeat(30_000);
        assertThat(read("a\n" + name + "\n")).containsExactly(List.of("a"), List.of(name));
    }
}
