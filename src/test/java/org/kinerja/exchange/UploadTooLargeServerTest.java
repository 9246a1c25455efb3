package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.ServerClient;
import org.kinerja.testsupport.Users;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload larger than the servlet container accepts (50 MB, the largest module limit) fails before any
 * controller is chosen; over real HTTP it still gets a clear answer naming that limit. Below it, each
 * module holds uploads to its own limit: an import to 20 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadTooLargeServerTest {

    private static final long MB = 1024 * 1024;
    private static final String OVER_SERVER_LIMIT = "The file is larger than 50 MB, the largest upload the server accepts.";

    @LocalServerPort
    int port;

    ServerClient server;

    @BeforeEach
    void setUp() {
        server = new ServerClient(port);
    }

    /** A file part a little over the 50 MB a file may have, and within the 51 MB a request may have. */
    private static HttpRequest.BodyPublisher overTheServerLimit() {
        return ServerClient.file("big.csv", "text/csv", new byte[0], 50 * MB + 100 * 1024, new byte[0]);
    }

    @Test
    void theApiAnswers413ProblemJsonNamingTheServersLimit() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (Users.ADMIN_EMAIL + ":" + Users.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = server.send(server.at("/api/v1/users").header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + ServerClient.BOUNDARY)
                .POST(overTheServerLimit()).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains(OVER_SERVER_LIMIT).contains("\"field\":\"file\"")
                .doesNotContain("20 MB");
    }

    @Test
    void aPageAnswers413InTheLayoutWithABackLink() throws Exception {
        String csrf = server.signInAsAdmin();

        HttpResponse<String> response = server.postForm("/admin/users/new", csrf, "/admin/users", overTheServerLimit());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("class=\"site-header\"").contains(OVER_SERVER_LIMIT)
                .contains("href=\"/admin/users\"");
    }

    @Test
    void anImportOf21MbPassesTheServerAndIsRefusedWithTheImportsOwnLimit() throws Exception {
        String csrf = server.signInAsAdmin();
        byte[] header = "organisationType,organisation,name,email\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = server.postForm("/directory/contacts/import", csrf, "/directory/contacts/import",
                ServerClient.file("contacts.csv", "text/csv", header, 21 * MB, new byte[0]));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("class=\"site-header\"")
                .contains("The file is larger than the limit of 20 MB. Split it into smaller files.")
                .doesNotContain(OVER_SERVER_LIMIT);
    }
}
