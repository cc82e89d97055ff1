package cn.nianbao.app.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like client for the security tests: its own cookie jar (one per "browser"), no redirects followed, and
 * HTTP Basic with any password.
 */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int port;
    private final HttpClient client;

    Http(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String location() {
            return headers.firstValue("Location").orElse("");
        }
    }

    Reply send(String method, String path, String user, String password, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A request signed with {@code Authorization: Bearer <token>} (any token, valid or not). */
    Reply bearer(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    Reply get(String path, String user, String password) {
        return send("GET", path, user, password, null, null);
    }

    Reply get(String path) {
        return get(path, null, null);
    }

    Reply postJson(String path, String user, String password, String json) {
        return send("POST", path, user, password, "application/json", json);
    }

    /** The CSRF token Spring Security puts into the login page for vaadin-login-form. */
    String csrfToken() {
        Reply page = get("/login");
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF meta tag in the login page");
        }
        return m.group(1);
    }

    /** Posts the login form as the browser does; answers the redirect. */
    Reply formLogin(String user, String password, boolean withToken) {
        String token = withToken ? csrfToken() : null;
        String form = "username=" + enc(user) + "&password=" + enc(password) + (token == null ? "" : "&_csrf=" + enc(token));
        return send("POST", "/login", null, null, "application/x-www-form-urlencoded", form);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
