package cn.nianbao.app.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The editor's form is fetched over real HTTP (the UI's security chain on PostgreSQL): by a signed-in browser,
 * with a name that changes with the content so the browser may keep it; not by a browser that is not signed in,
 * and a name the server does not know is a plain 404.
 */
@AppTest
class EditorFormServingTest {

    private static final String PASSWORD = "Township-pass-2026";

    @LocalServerPort int port;
    @Autowired UserAccountService accounts;
    @Autowired ReportFormats formats;

    @Test
    void a_signed_in_browser_fetches_the_form_and_one_not_signed_in_does_not() throws Exception {
        // a language no editor uses: the application's forms of real languages stay as the editors made them
        EditorForms.Form form = EditorForms.of(formats.forYear(2025), Locale.forLanguageTag("x-servetest"),
                () -> "<h3>测试表格</h3>");
        String path = "/" + EditorForms.PATH + form.name();

        HttpClient stranger = browser();
        HttpResponse<String> refused = get(stranger, path);
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(refused.body()).doesNotContain("测试表格");

        HttpClient clerk = browser();
        signIn(clerk);
        HttpResponse<String> served = get(clerk, path);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo("<h3>测试表格</h3>");
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("private", "max-age");
        assertThat(get(clerk, "/" + EditorForms.PATH + "no-such-form.html").statusCode()).isEqualTo(404);
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in through the login form, as the browser does (Spring's CSRF token from the page's meta tag). */
    private void signIn(HttpClient client) throws Exception {
        String user = "form." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Temporary-pass-1", "测试人员", null);
        accounts.changePassword(user, "Temporary-pass-1", PASSWORD);
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(client, "/login").body());
        assertThat(m.find()).isTrue();
        String body = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
