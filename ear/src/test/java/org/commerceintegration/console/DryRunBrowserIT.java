package org.commerceintegration.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.OrderStatusApi;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dry-run panel in a real headless Chromium: an operator pastes a status message on the dry-run page and sees the
 * command, the fields and the order's rows before and after with the change highlighted, while the order stays as it
 * was; a bad message shows its reason code; on the error page an operator dry-runs a failed message, sees it would
 * fail again, corrects it in the editor, dry-runs the edit, sees it would be applied, and replays it. Screenshots
 * under {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DryRunBrowserIT {

    private static final long ORDER = 10002;
    private static final long ITEM = 20003;

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(DryRunBrowserIT.class, Browser.class);
    }

    @BeforeAll
    static void start() {
        browser = new Browser();
        browser.login("operator", "operator-password");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void screenshotOfTheOutcome(TestInfo test) {
        browser.afterStep(test);
    }

    @Test
    @Order(1)
    void aPastedMessageShowsTheCommandAndTheRowsBeforeAndAfter() {
        String before = OrderStatusApi.currentStatus(ORDER);
        String status = "DRY-B-" + System.nanoTime() % 100_000_000L;
        browser.open("dry-run.html");
        assertEquals("page", browser.driver().findElement(By.id("nav-dry-run")).getDomAttribute("aria-current"));
        new Select(browser.waitFor(By.id("dry-run-queue"))).selectByValue("JMSSerialInboundQueue");
        WebElement body = browser.waitFor(By.id("dry-run-body"));
        body.clear();
        body.sendKeys(StatusMessages.legacyV2(ORDER, ITEM, status, status));
        browser.click(By.id("dry-run-send"));

        browser.waitUntil(
                "the answer", () -> !browser.textOf(By.id("dry-run-outcome")).isBlank());
        assertEquals(
                "PROCESSED",
                browser.driver().findElement(By.id("dry-run-outcome")).getDomAttribute("data-outcome"),
                browser.textOf(By.id("dry-run-result")));
        String summary = browser.textOf(By.id("dry-run-summary"));
        assertTrue(summary.contains("OrderStatus") && summary.contains("JMSSerialInboundQueue"), summary);
        assertTrue(browser.textOf(By.id("dry-run-blocks")).contains(status), "the parsed fields show the status");
        assertTrue(browser.textOf(By.id("dry-run-legacy")).contains("NC_OrderStatus"), "the legacy breakdown");
        String ordstatAfter = "#dry-run-order-" + ORDER + "-ordstat-after";
        assertTrue(browser.textOf(By.cssSelector(ordstatAfter)).contains(status), "after: the new status");
        assertFalse(
                browser.driver()
                        .findElements(
                                By.cssSelector(ordstatAfter + " tr.row-added, " + ordstatAfter + " td.cell-changed"))
                        .isEmpty(),
                "what changes is highlighted");
        assertFalse(
                browser.textOf(By.cssSelector("#dry-run-order-" + ORDER + "-ordstat-before"))
                        .contains(status),
                "before: not the new status");
        browser.fullPageScreenshot("dry-run-applied");
        assertEquals(before, OrderStatusApi.currentStatus(ORDER), "the dry run wrote nothing");
    }

    @Test
    @Order(2)
    void aBadMessageShowsItsReasonCode() {
        browser.open("dry-run.html");
        WebElement body = browser.waitFor(By.id("dry-run-body"));
        body.clear();
        body.sendKeys(StatusMessages.legacyV2(99999, 1, "X", "X"));
        browser.click(By.id("dry-run-send"));
        browser.waitUntil(
                "the reason code", () -> !browser.textOf(By.id("dry-run-code")).isBlank());
        assertEquals("_ERR_OS_UNKNOWN_ORDER", browser.textOf(By.id("dry-run-code")));
        assertTrue(
                browser.textOf(By.id("dry-run-failure")).contains("99999"), browser.textOf(By.id("dry-run-failure")));
        browser.screenshot("dry-run-failed");
    }

    @Test
    @Order(3)
    void anEditedErrorQueueMessageIsDryRunBeforeItIsReplayed() {
        String newStatus = "DRY-E-" + System.nanoTime() % 100_000_000L;
        String fixed = StatusMessages.legacyV2(ORDER, ITEM, newStatus, newStatus);
        String broken = fixed.replaceFirst("20240305", "2024-03-"); // HDR010 NC_ScheduleShipDate: not a date
        HttpResponse<String> put = Api.as(Api.OPERATOR)
                .post("/api/queues/JMSSerialInboundQueue/messages", "text/plain; charset=utf-8", broken);
        assertEquals(201, put.statusCode(), put.body());
        Matcher id = Pattern.compile("\"messageId\":\"([^\"]+)\"").matcher(put.body());
        assertTrue(id.find(), put.body());
        String originalId = id.group(1);

        browser.open("errors.html");
        browser.waitFor(By.id("errors-table"));
        browser.waitUntil(
                "the failed message on the error page",
                Duration.ofSeconds(45),
                () -> browser.openErrorEntryOf(originalId),
                () -> browser.click(By.id("refresh")));

        // as it failed: the dry run fails the same way
        browser.click(By.id("error-dry-run"));
        browser.waitUntil(
                "the reason code",
                () -> !browser.textOf(By.id("error-dry-run-code")).isBlank());
        assertEquals("LEGACY_FIELD", browser.textOf(By.id("error-dry-run-code")));
        browser.screenshot("error-dry-run-failed");

        // corrected: the dry run shows it would be applied
        WebElement editor = browser.waitFor(By.id("edit-body"));
        editor.clear();
        editor.sendKeys(fixed);
        browser.waitUntil(
                "the old answer hidden",
                () -> !browser.driver()
                        .findElement(By.id("error-dry-run-section"))
                        .isDisplayed());
        browser.click(By.id("error-dry-run"));
        browser.waitUntil(
                "the edited body's answer",
                () -> "PROCESSED"
                        .equals(browser.driver().findElements(By.id("error-dry-run-outcome")).stream()
                                .map(e -> e.getDomAttribute("data-outcome"))
                                .findFirst()
                                .orElse(null)));
        assertTrue(
                browser.textOf(By.cssSelector("#error-dry-run-order-" + ORDER + "-ordstat-after"))
                        .contains(newStatus),
                "after: the corrected status");
        browser.fullPageScreenshot("error-dry-run-applied");
        assertNotEquals(newStatus, OrderStatusApi.currentStatus(ORDER), "the dry run wrote nothing");

        // then replayed, it is applied as the dry run said; the answer scrolled the button under the sticky message
        browser.script(
                "arguments[0].scrollIntoView({block: 'center'});",
                browser.driver().findElement(By.id("replay")));
        browser.click(By.id("replay"));
        browser.confirm();
        browser.waitUntil(
                "the replay", () -> browser.textOf(By.id("message")).contains("replayed to JMSSerialInboundQueue"));
        browser.waitUntil(
                "order " + ORDER + " with status " + newStatus,
                Duration.ofSeconds(45),
                () -> newStatus.equals(OrderStatusApi.currentStatus(ORDER)),
                null);
    }
}
