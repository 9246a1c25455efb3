package org.kinerja.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Debian Chromium driven by its own chromedriver — both given by path, so Selenium Manager
 * never downloads anything — with a fresh profile directory each time.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("KINERJA_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("KINERJA_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(int port) throws IOException {
        this.baseUrl = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("kinerja-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in afresh: whoever was signed in before is forgotten. */
    public void signIn(String email, String password) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        // the answer is a new page (home, or the form again with ?error or ?locked): wait until it is there
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !String.valueOf(d.getCurrentUrl()).equals(baseUrl + "/login"));
    }

    /** Runs axe-core on the current page and returns its serious and critical violations, one line each. */
    public List<String> seriousAccessibilityViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('ERROR ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JsonMapper.builder().build().readTree(json)) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                serious.add(impact + " " + violation.path("id").asString("") + ": " + violation.path("help").asString("")
                        + " at " + targets);
            }
        }
        return serious;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
