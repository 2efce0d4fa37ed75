package org.commerceintegration.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
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

/**
 * The Messages page in a real headless Chromium: a viewer searches an order's messages and opens a message's journey;
 * a message that failed and was replayed with an edit shows received, failed, error queue, replayed and the replay's
 * own steps, and the replay's link opens the replayed message's journey; the order page links a message to its
 * journey. Messages are put and replayed through the API as an operator would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagesBrowserIT {

    private static final long ORDER = 10002;
    private static final long ITEM = 20003;
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\":\"([^\"]+)\"");

    private static Browser browser;
    private static String applied;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MessagesBrowserIT.class, Browser.class);
    }

    @BeforeAll
    static void start() {
        browser = new Browser();
        applied = put(StatusMessages.legacyV2(ORDER, ITEM, "S", "S"));
        awaitOutcome(applied, "PROCESSED");
        browser.login("viewer", "viewer-password");
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
    void aViewerFindsAnOrdersMessagesAndOpensAJourney() {
        browser.open("messages.html");
        WebElement ordersId = browser.waitFor(By.id("search-orders-id"));
        assertTrue(browser.textOf(By.id("nav-messages")).contains("Messages"), "the page is in the navigation");
        ordersId.sendKeys(String.valueOf(ORDER));
        browser.click(By.id("search"));
        By link = journeyLinkIn("results-table", applied);
        browser.waitFor(link);
        browser.screenshot("messages-search");
        browser.click(link);
        awaitJourneyOf(applied, List.of("RECEIVED", "APPLIED"));
        assertTrue(browser.driver().getCurrentUrl().contains("id="), "the journey has its own address");
        assertEquals(
                List.of(),
                browser.script("return [...document.querySelectorAll('input, select, textarea')].filter(e =>"
                        + " e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.id);"),
                "every control has a label");
    }

    @Test
    @Order(2)
    void aReplayedMessagesJourneyLinksToTheReplay() {
        String good = StatusMessages.legacyV2(ORDER, ITEM, "B", "B");
        String original = put(good.replaceFirst("20240305", "2024-03-"));
        awaitOutcome(original, "FAILED");
        String errorId = only(searchJson("messageId=" + enc(original)), "\"errorMessageId\":\"([^\"]+)\"");
        HttpResponse<String> replay = Api.as(Api.OPERATOR)
                .post(
                        "/api/queues/JMSErrorQueue/messages/" + enc(errorId) + "/replay",
                        "text/plain; charset=UTF-8",
                        good);
        assertEquals(200, replay.statusCode(), replay.body());
        String replayed = only(replay.body(), MESSAGE_ID.pattern());
        awaitOutcome(replayed, "PROCESSED");

        browser.open("messages.html?id=" + enc(original));
        awaitJourneyOf(original, List.of("RECEIVED", "FAILED", "ERROR_QUEUE", "REPLAYED", "RECEIVED", "APPLIED"));
        String replayStep = browser.textOf(By.id("step-3"));
        assertTrue(replayStep.contains("operator") && replayStep.contains("edited"), replayStep);
        browser.screenshot("journey-replayed");
        browser.click(By.id("step-3-new"));
        browser.waitUntil(
                "the replayed message's journey",
                () -> browser.textOf(By.id("journey-heading")).equals("Journey of " + replayed));
        assertTrue(browser.textOf(By.id("journey-chain")).contains(original), "the original before it");
    }

    @Test
    @Order(3)
    void theOrderPageLinksAMessageToItsJourney() {
        browser.open("order.html?ordersId=" + ORDER);
        By link = journeyLinkIn("order-messages-table", applied);
        browser.waitFor(link);
        browser.click(link);
        awaitJourneyOf(applied, List.of("RECEIVED", "APPLIED"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static By journeyLinkIn(String tableId, String messageId) {
        return By.xpath(
                "//table[@id='" + tableId + "']//a[contains(@class,'journey-link') and text()='" + messageId + "']");
    }

    private static void awaitJourneyOf(String messageId, List<String> steps) {
        browser.waitUntil(
                "the journey of " + messageId + " with " + steps,
                () -> browser.textOf(By.id("journey-heading")).equals("Journey of " + messageId)
                        && steps.equals(browser.script("return [...document.querySelectorAll('#journey-steps > li')]"
                                + ".map(li => li.dataset.step);")));
    }

    private static String put(String body) {
        HttpResponse<String> answer = Api.as(Api.OPERATOR)
                .post("/api/queues/JMSSerialInboundQueue/messages", "application/octet-stream", body);
        assertEquals(201, answer.statusCode(), answer.body());
        return only(answer.body(), MESSAGE_ID.pattern());
    }

    private static void awaitOutcome(String messageId, String outcome) {
        browser.waitUntil(
                messageId + " " + outcome,
                Duration.ofSeconds(60),
                () -> searchJson("messageId=" + enc(messageId)).contains("\"outcome\":\"" + outcome + "\""),
                null);
    }

    private static String searchJson(String query) {
        HttpResponse<String> answer = Api.as(Api.VIEWER).get("/api/messages?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String only(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertTrue(matcher.find(), pattern + " in " + json);
        return matcher.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
