package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.directory.PartnerService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ViewDataset;
import org.kinerja.workplan.ViewFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A work plan as a person sees it in a real headless Chromium: filtering by purpose swaps the activities with
 * htmx and keeps the filter in the address, the timeline draws one row with a planned bar per scheduled
 * activity, and neither page has serious accessibility violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkPlanViewsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    PartnerService partners;
    @Autowired
    PlanService plans;
    @Autowired
    DSLContext db;

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
    void filteringByPurposeKeepsTheFilterInTheAddressAndTheTimelineDrawsOneBarPerActivity() throws Exception {
        ViewDataset data = ViewDataset.create(new ViewFixtures(db, plans), users, partners);
        var viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        browser.signIn(viewer.email(), Users.PASSWORD);
        browser.open("/workplans/" + data.workPlanId());
        assertThat(browser.driver().findElements(By.cssSelector("tr.activity-row"))).hasSize(6);
        assertThat(browser.seriousAccessibilityViolations()).as("activities page").isEmpty();

        new Select(browser.driver().findElement(By.id("purpose"))).selectByValue("1");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("tr.activity-row")).size() == 3
                        && String.valueOf(d.getCurrentUrl()).contains("purpose=1"));
        assertThat(browser.driver().getCurrentUrl()).contains("/workplans/" + data.workPlanId() + "?").contains("purpose=1");
        assertThat(browser.driver().findElement(By.id("plan-count")).getText()).isEqualTo("3 activities");

        browser.driver().findElement(By.linkText("Timeline")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> String.valueOf(d.getCurrentUrl()).endsWith("/timeline"));
        assertThat(browser.driver().findElements(By.cssSelector("svg#timeline g.tl-row"))).hasSize(5);
        assertThat(browser.driver().findElements(By.cssSelector("svg#timeline rect.tl-planned"))).hasSize(5);
        assertThat(browser.driver().findElements(By.cssSelector("li.not-scheduled"))).hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).as("timeline").isEmpty();
    }
}
