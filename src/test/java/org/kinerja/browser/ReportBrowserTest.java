package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issuing a report as a Co-Manager does it, in a real headless Chromium, in the report tests' own database:
 * the issue button on the live report leads to the issued report's page, whose progress bar polls while the
 * report is generating and gives way to the download links once it is ready; the pages have no serious
 * accessibility violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kinerja.test.database=report")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    DataSource dataSource;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private FluentWait<WebDriver> await(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class);
    }

    @Test
    void aCoManagerIssuesTheLiveReportAndWatchesItsProgressUntilItIsReady() throws Exception {
        UserAccount coManager = Users.aUser(users).withRole(Role.CO_MANAGER).create();
        browser.signIn(coManager.email(), Users.PASSWORD);
        browser.open("/reports/semi-annual/2022/1?plan=SP-2021-22");
        assertThat(browser.seriousAccessibilityViolations()).as("live report").isEmpty();
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement s = hold.createStatement()) {
                // the generation reads the narratives first: while this lock is held it stays at its first step
                s.execute("lock table report.narrative in access exclusive mode");
            }
            browser.driver().findElement(By.cssSelector("form.report-issue-button button[type=submit]")).click();
            await(10).until(d -> d.findElements(By.id("report-progress-bar")).size() == 1);
            assertThat(browser.driver().getCurrentUrl()).matches(".*/reports/\\d+$");
            assertThat(browser.seriousAccessibilityViolations()).as("issued report, generating").isEmpty();
            hold.rollback();
        }
        await(60).until(d -> d.findElements(By.cssSelector(".report-downloads a")).size() == 3);
        assertThat(browser.driver().findElements(By.id("report-progress-bar"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("report-status")).getText()).isEqualTo("Issued");
        assertThat(browser.seriousAccessibilityViolations()).as("issued report, ready").isEmpty();
        browser.open("/reports");
        assertThat(browser.seriousAccessibilityViolations()).as("report list").isEmpty();
    }
}
