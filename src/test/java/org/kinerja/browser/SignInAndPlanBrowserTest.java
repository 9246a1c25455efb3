package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kinerja as a person sees it, in a real headless Chromium.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndPlanBrowserTest {

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
    void signsInOpensThePlanAndSeesItsFourPurposesAndPrinciples() {
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        browser.signIn(officer.email(), Users.PASSWORD);
        browser.open("/plans/SP-2021-22");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("2021");
        List<WebElement> purposes = browser.driver().findElements(By.cssSelector("[data-purpose]"));
        assertThat(purposes).hasSize(4);
        assertThat(purposes.get(1).getText()).contains("Operational Capacity Building");
        assertThat(browser.driver().findElements(By.cssSelector("[data-principle]"))).hasSize(4);
        browser.open("/plans/SP-2021-22/purposes/2");
        // htmx loads the purpose's outcomes and indicators from the results framework into the page
        List<WebElement> indicatorRows = browser.driver().findElements(By.cssSelector(".purpose-framework table.framework .indicator-row"));
        assertThat(indicatorRows).hasSize(5);
        assertThat(indicatorRows.get(0).getText()).contains("P2.1").contains("Capacity-building events held");
        browser.driver().findElement(By.cssSelector("form.inline-form button")).click();
        // signing out answers with a redirect to the sign-in page: wait for it rather than read the URL at once
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login?signedOut");
    }

    @Test
    void fiveWrongPasswordsShowTheLockMessage() {
        var target = Users.aUser(users).create();
        for (int i = 1; i <= 5; i++) {
            browser.signIn(target.email(), "wrong-password-" + i);
        }
        // the fifth answer is a new page: wait for it rather than read the fourth one's message
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("locked"));
        assertThat(browser.driver().findElement(By.id("sign-in-error")).getText())
                .isEqualTo("Too many failed sign-ins. Sign-in for this e-mail is locked for 15 minutes.");
    }

    @Test
    void theLoginPlanAndUsersPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        browser.open("/login");
        assertThat(browser.seriousAccessibilityViolations()).as("login page").isEmpty();
        browser.signIn(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD);
        browser.open("/plans/SP-2021-22");
        assertThat(browser.seriousAccessibilityViolations()).as("plan page").isEmpty();
        browser.open("/admin/users");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        assertThat(browser.seriousAccessibilityViolations()).as("users page").isEmpty();
    }
}
