package org.kinerja.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.knowledge.KnowledgeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a stored file as an attachment: its type from its content, its length, and its name in a
 * Content-Disposition header that Spring encodes (RFC 6266 / RFC 5987), so quotes, line breaks and
 * non-ASCII letters in a name cannot break the header.
 */
@Component
class KnowledgeDownloads {

    void send(KnowledgeService.Download download, HttpServletResponse response) throws IOException {
        response.setContentType(download.file().kind().contentType());
        response.setContentLengthLong(download.file().size());
        String name = download.file().fileName();
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (ascii ? ContentDisposition.attachment().filename(name)
                : ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = download.content()) {
            in.transferTo(response.getOutputStream());
        }
        response.flushBuffer();
    }
}
