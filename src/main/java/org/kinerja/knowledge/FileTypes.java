package org.kinerja.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/**
 * Tells what a file is from its content, never from its name: a PDF begins with {@code %PDF-}; a DOCX is a
 * ZIP archive holding {@code word/document.xml}. Only the ZIP's central directory is read (no entry is
 * decompressed), so a ZIP bomb costs nothing here.
 */
final class FileTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    /** The kind of the file at {@code path}, or {@code null} when it is neither a PDF nor a DOCX. */
    static FileKind detect(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(PDF.length);
        }
        if (Arrays.equals(head, PDF)) {
            return FileKind.PDF;
        }
        if (head.length >= ZIP.length && Arrays.equals(Arrays.copyOf(head, ZIP.length), ZIP)) {
            try (ZipFile zip = new ZipFile(path.toFile())) {
                return zip.getEntry("word/document.xml") != null ? FileKind.DOCX : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
