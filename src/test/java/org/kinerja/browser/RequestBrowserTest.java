package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.directory.DirectoryService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.outreach.EngagementInput;
import org.kinerja.outreach.EngagementService;
import org.kinerja.outreach.EngagementType;
import org.kinerja.request.MemberRequest;
import org.kinerja.request.MemberRequestInput;
import org.kinerja.request.MemberRequestService;
import org.kinerja.request.MemberRequestType;
import org.kinerja.request.RequestChannel;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Member requests and engagements as people see them, in a real headless Chromium: an officer moves a
 * request's status with htmx, a focal point submits one and sees only their member's, and the pages have no
 * serious accessibility violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    MemberRequestService requests;
    @Autowired
    EngagementService engagements;
    @Autowired
    DirectoryService directory;

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
    private org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Test
    void anOfficerAcceptsARequestAndThePanelShowsItsNewStatus() {
        UserAccount officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        MemberRequest r = requests.create(new MemberRequestInput("IDN", null, null, null, LocalDate.now().minusDays(8),
                RequestChannel.EMAIL, "Browser request", "", MemberRequestType.RESEARCH, officer.id(), null, null,
                List.of(), null), null);
        browser.signIn(officer.email(), Users.PASSWORD);
        browser.open("/requests/" + r.id());
        assertThat(browser.driver().findElement(By.id("request-days-open")).getText()).contains("Not acknowledged in time");
        new Select(browser.driver().findElement(By.id("status"))).selectByValue("ACCEPTED");
        browser.driver().findElement(By.cssSelector("#request-status button[type=submit]")).click();
        await().until(d -> d.findElement(By.id("request-status-value")).getText().equals("Accepted"));
        assertThat(browser.driver().findElement(By.id("request-history")).getText()).contains("Accepted");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/requests/" + r.id());
    }

    @Test
    void aFocalPointSubmitsARequestForTheirMember() {
        UserAccount focal = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("THA").create();
        requests.create(new MemberRequestInput("VNM", null, null, null, LocalDate.now(), RequestChannel.EMAIL,
                "Another member's request", "", MemberRequestType.TRAINING, null, null, null, List.of(), null), null);
        browser.signIn(focal.email(), Users.PASSWORD);
        browser.open("/requests/new");
        browser.driver().findElement(By.id("subject")).sendKeys("Translation of the toolkit");
        browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
        await().until(d -> d.findElements(By.id("request-status-value")).size() == 1);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Translation of the toolkit");
        browser.open("/requests");
        String table = browser.driver().findElement(By.id("request-results")).getText();
        assertThat(table).contains("Translation of the toolkit").doesNotContain("Another member's request");
    }

    @Test
    void theOutreachAndRequestPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        UserAccount officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        long forum = directory.forums().get(0).id();
        long e = engagements.create(new EngagementInput(forum, LocalDate.of(2022, 5, 1), EngagementType.PANEL,
                "Accessible panel", List.of(officer.id()), 10, "", null, null, null)).id();
        long r = requests.create(new MemberRequestInput(null, null, true, null, LocalDate.of(2022, 5, 1),
                RequestChannel.LETTER, "Accessible request", "", MemberRequestType.INFORMATION, officer.id(), null, null,
                List.of(), null), null).id();
        browser.signIn(officer.email(), Users.PASSWORD);
        for (String path : new String[] {"/outreach/engagements", "/outreach/engagements/" + e,
                "/outreach/engagements/new", "/outreach/engagements/" + e + "/edit", "/requests", "/requests/" + r,
                "/requests/new", "/requests/" + r + "/edit"}) {
            browser.open(path);
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
    }
}
