package org.commerceintegration.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order's status as {@code GET /api/orders/{ordersId}/status} shows it, for tests outside the server (the test JVM
 * has no JSON implementation, so the answer is read as text).
 */
public final class OrderStatusApi {

    private static final Pattern OSSTATUS = Pattern.compile("\"OSSTATUS\":\"([^\"]*)\"");

    private OrderStatusApi() {}

    /** OSSTATUS of the order's current ORDSTAT row, or null when it has none. */
    public static String currentStatus(long ordersId) {
        HttpResponse<String> response = Api.as(Api.VIEWER).get("/api/orders/" + ordersId + "/status");
        assertEquals(200, response.statusCode(), response.body());
        int ordstat = response.body().indexOf("\"ordstat\":[");
        Matcher status = OSSTATUS.matcher(response.body());
        return ordstat >= 0 && status.find(ordstat) ? status.group(1) : null;
    }
}
