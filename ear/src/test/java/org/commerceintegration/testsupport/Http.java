package org.commerceintegration.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls the application's JSON API over HTTP, as a script would, with HTTP Basic credentials of the development
 * users (liberty-config security.xml): admin, operator, viewer.
 */
public final class Http {

    public static final String ADMIN = "admin:admin-password";
    public static final String OPERATOR = "operator:operator-password";
    public static final String VIEWER = "viewer:viewer-password";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String apiBase;

    /** @param anyModuleUrl a URL of any module of the server (e.g. the test module's, from Arquillian) */
    public Http(URL anyModuleUrl) {
        this.apiBase = "http://" + anyModuleUrl.getHost() + ":" + anyModuleUrl.getPort() + "/integration/api";
    }

    public HttpResponse<String> get(String path, String credentials) throws Exception {
        return send("GET", path, credentials);
    }

    /** A GET accepting any content type, e.g. a stored message body. */
    public HttpResponse<String> getAny(String path, String credentials) throws Exception {
        return send("GET", path, credentials, "*/*");
    }

    public HttpResponse<String> post(String path, String credentials) throws Exception {
        return send("POST", path, credentials);
    }

    public HttpResponse<String> delete(String path, String credentials) throws Exception {
        return send("DELETE", path, credentials);
    }

    /** @param credentials {@code user:password}, or {@code null} for none */
    public HttpResponse<String> send(String method, String path, String credentials) throws Exception {
        return send(method, path, credentials, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String credentials, String accept)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept);
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }
}
