package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The directory as a person sees it, in a real headless Chromium: filtering with htmx keeps the filters in
 * the address, and the pages have no serious accessibility violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

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
    void filteringTheMembersSwapsTheTableAndKeepsTheFiltersInTheAddress() {
        var viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        browser.signIn(viewer.email(), Users.PASSWORD);
        browser.open("/directory/members");
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("INTERNATIONAL_ORGANISATION");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("tr.member-row")).size() == 4
                        && String.valueOf(d.getCurrentUrl()).contains("kind="));
        assertThat(browser.driver().getCurrentUrl()).contains("/directory/members?").contains("kind=INTERNATIONAL_ORGANISATION");
        assertThat(browser.driver().findElement(By.id("directory-total")).getText()).isEqualTo("4 in total");
    }

    @Test
    void theDirectoryPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        browser.signIn(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD);
        for (String path : new String[] {"/directory/members", "/directory/members/IDN", "/directory/members/new",
                "/directory/bodies", "/directory/bodies/new", "/directory/partners", "/directory/partners/new",
                "/directory/forums", "/directory/contacts", "/directory/contacts/new", "/directory/commitments",
                "/directory/commitments/new"}) {
            browser.open(path);
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
    }
}
