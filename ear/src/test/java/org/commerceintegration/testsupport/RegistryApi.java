package org.commerceintegration.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command registry as {@code GET /api/registry} shows it, for tests outside the server (the test JVM has no JSON
 * implementation, so the objects of its {@code effective} list are read as text).
 */
public final class RegistryApi {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern CLASS_NAME = Pattern.compile("\"className\":\"([^\"]+)\"");

    private RegistryApi() {}

    /**
     * The class that runs {@code interfaceName} for {@code storeId} now, or null when none does.
     *
     * @param registry the registry's path under the API ({@code /api/registry}) or the full URL of another server's
     */
    public static String effectiveClassName(String registry, int storeId, String interfaceName) {
        HttpResponse<String> response = Api.as(Api.VIEWER).get(registry);
        assertEquals(200, response.statusCode(), response.body());
        Matcher entry = OBJECT.matcher(response.body().substring(response.body().indexOf("\"effective\"")));
        while (entry.find()) {
            String json = entry.group();
            if (json.contains("\"storeId\":" + storeId)
                    && json.contains("\"interfaceName\":\"" + interfaceName + "\"")) {
                Matcher className = CLASS_NAME.matcher(json);
                if (className.find()) {
                    return className.group(1);
                }
            }
        }
        return null;
    }
}
