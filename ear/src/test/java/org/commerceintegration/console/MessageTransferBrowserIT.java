package org.commerceintegration.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console's message files in a real headless Chromium: an admin ticks an error-queue message and exports it,
 * the message is deleted, and the file imported on the same page puts it back with a result row naming the old id;
 * the queues page shows each queue's oldest-message age.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessageTransferBrowserIT {

    private static final String ERRORS = "/api/queues/JMSErrorQueue/messages";

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MessageTransferBrowserIT.class, Browser.class);
    }

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anErrorQueueMessageIsExportedDeletedAndImportedBackFromTheErrorPage() throws Exception {
        String body = "MessageTransferBrowserIT " + UUID.randomUUID();
        HttpResponse<String> put = Api.as(Api.ADMIN).post(ERRORS, "text/plain; charset=UTF-8", body);
        assertEquals(201, put.statusCode(), put.body());
        String id = field(put.body(), "messageId");

        browser.login("admin", "admin-password");
        browser.open("errors.html");
        By box = By.cssSelector("input.select-message[value='" + id + "']");
        browser.waitUntil(
                "the message on the error page",
                () -> !browser.driver().findElements(box).isEmpty());
        browser.click(box);
        browser.click(By.id("errors-export-selected"));
        assertTrue(browser.message("info").contains("Exported 1 message(s) of JMSErrorQueue"));
        browser.screenshot("transfer-exported");

        HttpResponse<String> file = Api.as(Api.ADMIN)
                .post("/api/queues/JMSErrorQueue/export", "application/json", "{\"ids\":[\"" + id + "\"]}");
        assertEquals(200, file.statusCode(), file.body());
        Path saved = Files.createTempFile("transfer-browser-", ".dmpmqmsg.txt");
        Files.writeString(saved, file.body(), StandardCharsets.UTF_8);
        assertEquals(200, Api.as(Api.ADMIN).delete(ERRORS + "/" + encode(id)).statusCode());

        String newId = null;
        try {
            browser.driver()
                    .findElement(By.id("errors-import-file"))
                    .sendKeys(saved.toAbsolutePath().toString());
            browser.click(By.id("errors-import"));
            assertTrue(browser.message("info").contains("Imported 1 message(s) onto JMSErrorQueue"));
            String results = browser.textOf(By.id("errors-import-results"));
            assertTrue(results.contains(id) && results.contains("imported"), results);
            browser.screenshot("transfer-imported");
            Matcher row = Pattern.compile("imported\\s+(\\S+)").matcher(results);
            assertTrue(row.find(), results);
            newId = row.group(1);
            HttpResponse<String> back = Api.as(Api.VIEWER).get(ERRORS + "/" + encode(newId));
            assertEquals(200, back.statusCode(), back.body());
            assertTrue(back.body().contains(body), back.body());
        } finally {
            Files.deleteIfExists(saved);
            if (newId != null) {
                Api.as(Api.ADMIN).delete(ERRORS + "/" + encode(newId));
            }
        }

        browser.open("queues.html");
        browser.waitUntil(
                "the age column",
                () -> !browser.textOf(By.id("age-JMSErrorQueue")).isBlank());
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(value.find(), json);
        return value.group(1);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
