package org.kinerja.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.ServerClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Knowledge product files may be as large as {@code kinerja.knowledge.max-file-size} (50 MB) when uploaded
 * from the product page too, over real HTTP where the servlet container's multipart limit applies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeUploadServerTest {

    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    KnowledgeService knowledge;

    ServerClient server;

    @BeforeEach
    void setUp() {
        server = new ServerClient(port);
    }

    private KnowledgeProduct aProduct(String title) {
        return knowledge.create(new KnowledgeProductInput(KnowledgeProductType.THEMATIC_BRIEFING_NOTE,
                KnowledgeTestSupport.unique(title), "", null, List.of(), List.of("en"), "https://www.example.org/note",
                LocalDate.of(2021, 3, 1), null));
    }

    @Test
    void aPdfOf25MbUploadedFromTheProductPageIsStoredWhole() throws Exception {
        KnowledgeProduct p = aProduct("Large annual report");
        String csrf = server.signInAsAdmin();
        long padding = 25 * MB;
        byte[][] pdf = paddedPdf(padding);

        HttpResponse<String> response = server.postForm("/knowledge/" + p.id() + "/files", csrf, "/knowledge/" + p.id(),
                ServerClient.file("annual-report.pdf", "application/pdf", pdf[0], padding, pdf[1]));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/knowledge/" + p.id() + "?saved"));
        List<KnowledgeFile> files = knowledge.get(p.id()).files();
        assertThat(files).extracting(KnowledgeFile::fileName).containsExactly("annual-report.pdf");
        assertThat(files.get(0).kind()).isEqualTo(FileKind.PDF);
        assertThat(files.get(0).size()).isEqualTo(pdf[0].length + padding + pdf[1].length);
    }

    @Test
    void aFileOverThe50MbLimitUploadedFromTheProductPageIsRefusedAndNothingIsStored() throws Exception {
        KnowledgeProduct p = aProduct("Too large annual report");
        String csrf = server.signInAsAdmin();
        long padding = 50 * MB + 100 * 1024;
        byte[][] pdf = paddedPdf(padding);

        HttpResponse<String> response = server.postForm("/knowledge/" + p.id() + "/files", csrf, "/knowledge/" + p.id(),
                ServerClient.file("annual-report.pdf", "application/pdf", pdf[0], padding, pdf[1]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The file is larger than 50 MB, the largest upload the server accepts.")
                .contains("href=\"/knowledge/" + p.id() + "\"");
        assertThat(knowledge.get(p.id()).files()).isEmpty();
    }

    /**
     * A valid one-page PDF whose fourth object is a stream of {@code padding} bytes: the part before the
     * stream's bytes and the part after them.
     */
    private static byte[][] paddedPdf(long padding) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        write(head, "%PDF-1.4\n");
        offsets.add((long) head.size());
        write(head, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.add((long) head.size());
        write(head, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets.add((long) head.size());
        write(head, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        offsets.add((long) head.size());
        write(head, "4 0 obj\n<< /Length " + padding + " >>\nstream\n");
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        write(tail, "\nendstream\nendobj\n");
        long xref = head.size() + padding + tail.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(tail, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return new byte[][] {head.toByteArray(), tail.toByteArray()};
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
