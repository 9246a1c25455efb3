package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.knowledge.KnowledgeProduct;
import org.kinerja.knowledge.KnowledgeProductInput;
import org.kinerja.knowledge.KnowledgeProductType;
import org.kinerja.knowledge.KnowledgeService;
import org.kinerja.knowledge.KnowledgeStage;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Knowledge products as a person sees them in headless Chromium: the stage form swaps the history in place
 * with htmx, the search keeps its words in the address, and the pages have no serious accessibility
 * violations.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    KnowledgeService knowledge;

    private Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private KnowledgeProduct aProduct(String summary) {
        return knowledge.create(new KnowledgeProductInput(KnowledgeProductType.TOOLKIT,
                "Browser toolkit " + UUID.randomUUID().toString().substring(0, 8), summary, null, List.of(),
                List.of("en"), null, LocalDate.of(2021, 5, 3), null));
    }

    @Test
    void theStageFormMovesTheProductAndSwapsTheHistoryInPlace() {
        KnowledgeProduct p = aProduct("");
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        browser.signIn(officer.email(), Users.PASSWORD);
        browser.open("/knowledge/" + p.id());
        new Select(browser.driver().findElement(By.id("stage-stage"))).selectByValue("DRAFTING");
        var date = browser.driver().findElement(By.id("stage-date"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2021-06-07'", date);
        browser.driver().findElement(By.cssSelector("#stage-form button[type=submit]")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector("#stage-history li")).size() == 2);
        assertThat(browser.driver().findElement(By.id("current-stage")).getText()).isEqualTo("Drafting since 2021-06-07");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/knowledge/" + p.id());
        assertThat(knowledge.get(p.id()).stage()).isEqualTo(KnowledgeStage.DRAFTING);
    }

    @Test
    void searchingSwapsTheResultsAndKeepsTheWordsInTheAddress() {
        KnowledgeProduct p = aProduct("A toolkit on plurivocal registration systems.");
        var viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        browser.signIn(viewer.email(), Users.PASSWORD);
        browser.open("/knowledge");
        browser.driver().findElement(By.id("q")).sendKeys("plurivocal");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> String.valueOf(d.getCurrentUrl()).contains("q=plurivocal")
                        && d.findElements(By.cssSelector(".knowledge-result")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector(".knowledge-result h2")).getText()).isEqualTo(p.title());
        assertThat(browser.driver().findElement(By.cssSelector(".knowledge-snippet mark")).getText()).isEqualTo("plurivocal");
    }

    @Test
    void theKnowledgePagesHaveNoSeriousAccessibilityViolations() throws Exception {
        KnowledgeProduct p = aProduct("Accessibility check.");
        browser.signIn(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD);
        for (String path : new String[] {"/knowledge", "/knowledge/" + p.id(), "/knowledge/new",
                "/knowledge/" + p.id() + "/edit"}) {
            browser.open(path);
            assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
    }
}
