package org.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.delivery.AttendanceImports;
import org.kinerja.delivery.Event;
import org.kinerja.delivery.EventInput;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.EventStatus;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Browser;
import org.kinerja.testsupport.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A programme officer imports a small CSV of participants through the event's import page in a real
 * headless Chromium, commits it, and sees the breakdown on the event page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    EventService events;
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

    private Event anEvent() {
        String plan = "B-" + UUID.randomUUID().toString().substring(0, 8);
        long workPlan = db.insertInto(WORK_PLAN).set(WORK_PLAN.PLAN_CODE, plan).set(WORK_PLAN.YEAR, 2022)
                .returning(WORK_PLAN.ID).fetchOne(WORK_PLAN.ID);
        long activity = db.insertInto(ACTIVITY).set(ACTIVITY.WORK_PLAN_ID, workPlan).set(ACTIVITY.CODE, "2022-P2-01")
                .set(ACTIVITY.PURPOSE_NUMBER, 2).set(ACTIVITY.SEQUENCE, 1).set(ACTIVITY.TITLE, "Browser training")
                .set(ACTIVITY.TYPE, "TRAINING").returning(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
        return events.create(new EventInput(activity, EventKind.TRAINING, "Browser import training", LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 8, 3), "Bangkok", "THA", false, EventStatus.HELD, List.of("en"), List.of(), "", null));
    }

    @Test
    void anOfficerImportsACsvThroughThePageAndSeesTheBreakdown() throws Exception {
        Event event = anEvent();
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        String u = UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("attendances-", ".csv");
        Files.writeString(csv, String.join(",", AttendanceImports.COLUMNS) + "\n"
                + "Ayu,Browser" + u + ",FEMALE,IDN,Imigrasi,IMMIGRATION_BORDER,,,PARTICIPANT,3,40,70,5\n"
                + "Lina,Browser" + u + ",FEMALE,THA,Immigration Bureau,IMMIGRATION_BORDER,,,PARTICIPANT,3,50,70,4\n"
                + "Joko,Browser" + u + ",MALE,IDN,Polri,POLICE_LAW_ENFORCEMENT,,,SPEAKER,1,,,2\n", StandardCharsets.UTF_8);
        try {
            browser.signIn(officer.email(), Users.PASSWORD);
            browser.open("/events/" + event.id() + "/import");
            browser.driver().findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("#import-form button[type=submit]")).click();
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
            wait.until(d -> !d.findElements(By.id("import-commit")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector("#import-rows tbody tr"))).hasSize(3);
            browser.driver().findElement(By.id("import-commit")).click();
            wait.until(d -> d.getPageSource().contains("Imported 3 rows"));

            browser.open("/events/" + event.id());
            assertThat(browser.driver().findElement(By.id("breakdown-total")).getText()).isEqualTo("3");
            assertThat(browser.driver().findElement(By.id("breakdown-sex")).getText()).contains("Female 2").contains("Male 1");
            assertThat(browser.driver().findElement(By.id("breakdown-gain")).getText()).isEqualTo("25.0 points (2 with both tests)");
            assertThat(browser.driver().findElement(By.id("breakdown-satisfied")).getText()).isEqualTo("67% of 3 who answered");
            assertThat(browser.driver().findElements(By.cssSelector("tr.participant-row"))).hasSize(3);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            for (String path : new String[] {"/events", "/events/new", "/people", "/events/" + event.id() + "/import"}) {
                browser.open(path);
                assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
