package org.kinerja.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP load generator for pages on this machine's loopback: {@code users} threads, each signed in
 * once (through the sign-in form, then with the session cookie), request the pages in turn until each has
 * made {@code requestsPerUser} requests or {@code limit} has passed — bounded in count and time. Answers the
 * latencies of the responses; any answer but 200 is counted as an error.
 */
final class PageLoad {

    /** Latencies in milliseconds, sorted, and the count of non-200 answers. */
    record Result(String page, double[] millis, int errors, double seconds) {

        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, index))];
        }

        double perSecond() {
            return millis.length / seconds;
        }
    }

    private final String baseUrl;
    private final String email;
    private final String password;

    PageLoad(String baseUrl, String email, String password) {
        this.baseUrl = baseUrl;
        this.email = email;
        this.password = password;
    }

    /**
     * Signs in through the sign-in form as a browser does (the page's CSRF token, then the form post); answers
     * the session cookie of the signed-in session.
     */
    String signIn(HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page: " + page.statusCode());
        }
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + token.group(1) + "="
                + URLEncoder.encode(token.group(2), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Cookie", cookie(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("location").orElse("").contains("error")) {
            throw new IllegalStateException("signing in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
        }
        return cookie(signedIn);
    }

    private static final Pattern CSRF = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"");

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("KINERJA_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie: " + response.statusCode()));
    }

    /** The status of one signed-in request to the path. */
    int status(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String cookie = signIn(client);
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Result run(String path, int users, int requestsPerUser, Duration limit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        long t0 = System.nanoTime();
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                futures.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    List<Double> times = new ArrayList<>();
                    String cookie;
                    try {
                        cookie = signIn(client);
                    } catch (IllegalStateException refused) {
                        // the server could not sign this user in under the load: an error, not a latency
                        errors.incrementAndGet();
                        return times;
                    }
                    for (int i = 0; i < requestsPerUser && System.nanoTime() < deadline; i++) {
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                                .header("Cookie", cookie).timeout(Duration.ofSeconds(60)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        times.add((System.nanoTime() - s) / 1e6);
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            double[] millis = all.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(millis);
            return new Result(path, millis, errors.get(), (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
