package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.dashboard.DashboardService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page after signing in, in a real headless Chromium: the dashboard of the current plan's year for
 * staff, a member's own page for a focal point.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    DashboardService dashboards;

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
    void anOfficerSignsInAndSeesTheDashboardOfTheCurrentYearThenAnotherYear() throws Exception {
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        int year = dashboards.defaultYear();

        browser.signIn(officer.email(), Users.PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).endsWith(":" + port + "/");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard " + year);
        assertThat(browser.driver().findElement(By.cssSelector("#figures-year caption")).getText())
                .isEqualTo("Figures of " + year);
        assertThat(browser.driver().findElement(By.cssSelector("#figures-year tr[data-figure=people] th")).getText())
                .isEqualTo("People trained");
        assertThat(browser.driver().findElements(By.cssSelector("article.card.purpose h3"))).isNotEmpty();
        assertThat(browser.seriousAccessibilityViolations()).as("dashboard").isEmpty();

        int other = year == 2021 ? 2022 : 2021;
        new Select(browser.driver().findElement(By.id("year"))).selectByValue(String.valueOf(other));
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("h1")).getText().equals("Dashboard " + other));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/?year=" + other);
    }

    @Test
    void aFocalPointSignsInAndSeesTheirOwnMembersPage() throws Exception {
        var focal = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("THA").create();

        browser.signIn(focal.email(), Users.PASSWORD);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Home of THA");
        assertThat(browser.driver().findElement(By.linkText("Read your member's participation")).getAttribute("href"))
                .endsWith("/participation");
        assertThat(browser.driver().findElements(By.id("figures-year"))).isEmpty();
        assertThat(browser.seriousAccessibilityViolations()).as("focal point's home").isEmpty();
    }
}
