package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinerja.testsupport.Users;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload larger than the servlet container accepts fails before any controller is chosen; over real
 * HTTP it still gets a clear answer naming the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadTooLargeServerTest {

    private static final String BOUNDARY = "kinerja-test-boundary";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** A multipart body with one file part a little over 20 MB, and no more than the 21 MB a request may have. */
    private static HttpRequest.BodyPublisher tooLargeFile() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] content = new byte[20 * 1024 * 1024 + 100 * 1024];
        Arrays.fill(content, (byte) 'a');
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }

    @Test
    void theApiAnswers413ProblemJsonNamingTheLimit() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (Users.ADMIN_EMAIL + ":" + Users.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(at("/api/v1/users").header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(tooLargeFile()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("The file is larger than the limit of 20 MB.").contains("\"field\":\"file\"");
    }

    @Test
    void aPageAnswers413InTheLayoutWithABackLink() throws Exception {
        String csrf = signInAsAdmin();

        HttpResponse<String> response = http.send(at("/admin/users/new")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", csrf)
                .header("Referer", "http://localhost:" + port + "/admin/users")
                .header("Accept", "text/html")
                .POST(tooLargeFile()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("class=\"site-header\"")
                .contains("The file is larger than the limit of 20 MB.").contains("href=\"/admin/users\"");
    }

    /** Signs in through the form; answers the CSRF token of the signed-in session. */
    private String signInAsAdmin() throws Exception {
        String form = http.send(at("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "email=" + URLEncoder.encode(Users.ADMIN_EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Users.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf(form), StandardCharsets.UTF_8);
        http.send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return csrf(http.send(at("/admin/users").build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("csrf field in " + html).isTrue();
        return m.group(1);
    }
}
