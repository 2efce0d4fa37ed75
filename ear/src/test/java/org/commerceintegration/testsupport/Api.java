package org.commerceintegration.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * An HTTPS client for the console's API as a script would use it. The test server's certificate is Liberty's
 * generated self-signed one, so this client (and only it) trusts any certificate.
 */
public final class Api {

    public static final String ADMIN = "admin:admin-password";
    public static final String OPERATOR = "operator:operator-password";
    public static final String VIEWER = "viewer:viewer-password";

    private final HttpClient client;
    private final String credentials;

    private Api(String credentials) {
        this.credentials = credentials;
        this.client = HttpClient.newBuilder()
                .sslContext(trustAll())
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A client sending {@code user:password} as HTTP Basic with every request, or nothing when null. */
    public static Api as(String credentials) {
        return new Api(credentials);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static String baseUrl() {
        return "https://localhost:" + httpsPort() + "/integration";
    }

    /** From the test JVM's system property, or inside the server from the server's own configuration. */
    private static String httpsPort() {
        String port = System.getProperty("https.port");
        if (port != null) {
            return port;
        }
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("default.https.port", String.class)
                    .orElse("9443");
        } catch (RuntimeException | LinkageError e) {
            return "9443";
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(path.startsWith("http") ? path : baseUrl() + path))
                .timeout(Duration.ofSeconds(60));
        if (credentials != null) {
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    /** The SSL context of these clients (trusts the test server's self-signed certificate), for a client of one's own. */
    public static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
