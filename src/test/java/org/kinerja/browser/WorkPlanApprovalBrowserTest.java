package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.LifecycleFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The two Co-Managers approve a work plan on its approval page, in a real headless Chromium. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkPlanApprovalBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PlanService plans;
    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    UserDetailsService details;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void theAustralianAndTheIndonesianCoManagerApproveASubmittedPlanAndItShowsApproved() throws Exception {
        LifecycleFixtures fixtures = new LifecycleFixtures(plans, users, db, details);
        long id = fixtures.workPlan(fixtures.plan(), 2041);
        fixtures.activity(id, 2041, 2, 1, "Training on victim identification", ActivityStatus.PLANNED);
        UserAccount aus = fixtures.coManager("AUS");
        UserAccount idn = fixtures.coManager("IDN");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));

        browser.signIn(aus.email(), Users.PASSWORD);
        browser.open("/workplans/" + id + "/approval");
        browser.driver().findElement(By.id("submit-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-notice"),
                "The work plan is submitted to the Co-Managers."));
        // htmx swapped the panel: the Australian Co-Manager may now approve
        browser.driver().findElement(By.id("approve-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-notice"),
                "Your approval is recorded; the other Co-Manager’s approval is needed."));
        assertThat(browser.driver().findElement(By.cssSelector("h1 .tag")).getText()).isEqualTo("Submitted");
        assertThat(browser.driver().findElements(By.id("approve-button"))).isEmpty();
        assertThat(browser.seriousAccessibilityViolations()).as("approval page").isEmpty();

        browser.signIn(idn.email(), Users.PASSWORD);
        browser.open("/workplans/" + id + "/approval");
        assertThat(browser.driver().findElement(By.cssSelector("table.approvals")).getText()).contains("Australia (AUS)");
        browser.driver().findElement(By.id("approve-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1 .tag"), "Approved"));
        assertThat(browser.driver().findElement(By.id("step-notice")).getText())
                .isEqualTo("The work plan is approved by both Co-Managers.");
        assertThat(browser.driver().findElements(By.cssSelector("table.approvals .approval-row"))).hasSize(2);
        browser.driver().findElement(By.linkText("Version 1")).click();
        wait.until(ExpectedConditions.urlContains("/versions/1"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-purpose='2']")).getText())
                .contains("Training on victim identification");
        assertThat(browser.seriousAccessibilityViolations()).as("version page").isEmpty();
        browser.open("/workplans?year=2041");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-workplan='" + id + "']")).getText())
                .contains("Approved").contains("AUS, IDN");
        assertThat(browser.seriousAccessibilityViolations()).as("list of work plans").isEmpty();
    }
}
