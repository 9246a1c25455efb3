package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.measurement.ValueFixtures;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Indicator values as people handle them, in a real headless Chromium: an officer enters a value and submits it,
 * a MEL officer approves it with htmx, and the IPTT counts it; the pages have no serious accessibility violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** Waits, reading elements afresh: an htmx swap makes the ones read before it stale. */
    private FluentWait<WebDriver> await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class);
    }

    private String status() {
        return browser.driver().findElement(By.cssSelector("tr.value-row[data-period='2096-Q2'] .value-status")).getText();
    }

    @Test
    void anOfficerSubmitsAValueAndAMelOfficerApprovesItOnTheValuesPage() throws Exception {
        UserAccount officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        UserAccount mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create();
        ValueFixtures fixtures = new ValueFixtures(plans, indicators);
        Plan plan = fixtures.plan();
        Indicator indicator = fixtures.count(plan, Aggregation.SUM, Frequency.QUARTERLY, "8");
        String page = "/indicators/" + indicator.id() + "/values";

        browser.signIn(officer.email(), Users.PASSWORD);
        browser.open(page);
        new Select(browser.driver().findElement(By.id("period"))).selectByValue("2096-Q2");
        browser.driver().findElement(By.id("value")).sendKeys("6");
        browser.driver().findElement(By.id("comment")).sendKeys("Six dialogues");
        browser.driver().findElement(By.id("value-save")).click();
        await().until(d -> d.findElements(By.cssSelector("tr.value-row[data-period='2096-Q2']")).size() == 1);
        assertThat(status()).isEqualTo("Draft");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("tr.value-row[data-period='2096-Q2'] .submit-value")).click();
        await().until(d -> status().equals("Submitted"));
        assertThat(browser.driver().findElements(By.cssSelector(".approve-value"))).as("not one's own").isEmpty();

        browser.signIn(mel.email(), Users.PASSWORD);
        browser.open(page);
        browser.driver().findElement(By.cssSelector("tr.value-row[data-period='2096-Q2'] .approve-value")).click();
        await().until(d -> status().equals("Approved"));
        assertThat(browser.driver().findElement(By.cssSelector("tr.value-row[data-period='2096-Q2'] .who")).getText())
                .contains("Approved by " + mel.displayName());
        assertThat(browser.driver().getCurrentUrl()).endsWith(page);

        browser.open("/plans/" + plan.code() + "/iptt?year=2096");
        assertThat(browser.driver().findElement(By.cssSelector("tr.iptt-row[data-code='" + indicator.code() + "'] .actual"))
                .getText()).isEqualTo("6");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
