package org.commerceintegration.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The JSON API over HTTPS with HTTP Basic, for tests that run inside the server (so that they can also read queues
 * and tables). Inside the server the client's {@code https.port} property is unknown, so the HTTPS address is taken
 * from where the server redirects a plain HTTP request to the API, which also shows that the API is HTTPS only.
 * Requests go through {@link Api}.
 */
public final class Http {

    private final String apiBase;

    /** @param anyModuleUrl a plain HTTP URL of the server (e.g. the test module's, from Arquillian) */
    public Http(URL anyModuleUrl) throws Exception {
        URI plain = URI.create(
                "http://" + anyModuleUrl.getHost() + ":" + anyModuleUrl.getPort() + "/integration/api/unsent");
        HttpResponse<Void> redirect = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(plain).GET().build(), HttpResponse.BodyHandlers.discarding());
        String location = redirect.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("the API answered plain HTTP with " + redirect.statusCode()
                        + " instead of redirecting to HTTPS"));
        URI secure = URI.create(location);
        if (!"https".equals(secure.getScheme())) {
            throw new IllegalStateException("the API redirects plain HTTP to " + location + ", not to HTTPS");
        }
        this.apiBase = "https://" + secure.getHost() + ":" + secure.getPort() + "/integration/api";
    }

    public HttpResponse<String> get(String path, String credentials) {
        return send("GET", path, credentials, "application/json");
    }

    /** A GET accepting any content type, e.g. a stored message body. */
    public HttpResponse<String> getAny(String path, String credentials) {
        return send("GET", path, credentials, "*/*");
    }

    public HttpResponse<String> post(String path, String credentials) {
        return send("POST", path, credentials, "application/json");
    }

    public HttpResponse<String> delete(String path, String credentials) {
        return send("DELETE", path, credentials, "application/json");
    }

    /** @param credentials {@code user:password}, or {@code null} for none */
    private HttpResponse<String> send(String method, String path, String credentials, String accept) {
        Api api = credentials == null ? Api.anonymous() : Api.as(credentials);
        return api.send(api.request(apiBase + path)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept));
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }
}
