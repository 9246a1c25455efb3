package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.Activity;
import org.kinerja.workplan.ActivityFixtures;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityType;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An activity as a programme officer sees it in a real headless Chromium: the change history loads by htmx,
 * the status changes without leaving the page, and the page and its form have no serious accessibility
 * violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ActivityService activities;
    @Autowired
    DSLContext db;
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

    @Test
    void theStatusChangesInPlaceAndTheHistoryLoads() throws Exception {
        long plan = new ActivityFixtures(db, plans, indicators).draftWorkPlan();
        Activity a = activities.create(ActivityInput.minimal(plan, "Webinar on online recruitment", 1, ActivityType.WEBINAR));
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        browser.signIn(officer.email(), Users.PASSWORD);
        browser.open("/activities/" + a.id());
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
        wait.until(d -> !d.findElements(By.id("history-table")).isEmpty());
        assertThat(browser.seriousAccessibilityViolations()).as("activity page").isEmpty();

        new Select(browser.driver().findElement(By.id("status-select"))).selectByValue("IN_PROGRESS");
        browser.driver().findElement(By.cssSelector("#activity-status button[type=submit]")).click();
        // htmx swaps the status panel: the element read before the swap goes stale, so read it afresh each time
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("activity-status-value")).getText().equals("In progress"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/activities/" + a.id());
        assertThat(activities.get(a.id()).status().name()).isEqualTo("IN_PROGRESS");

        browser.open("/activities/" + a.id() + "/edit");
        assertThat(browser.seriousAccessibilityViolations()).as("activity form").isEmpty();
    }
}
