package cn.nianbao.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.user.UserAccountService;

/**
 * Throttling and lockout through both doors — the Vaadin login form and HTTP Basic — over real HTTP on
 * PostgreSQL, with the audit entries they leave.
 */
@AppTest
class SecuritySignInTest {

    static final String PASSWORD = "Township-pass-2026";

    @LocalServerPort int port;
    @Autowired UserAccountService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    Http http;
    String user;

    @BeforeEach
    void setUp() {
        // every test signs in from 127.0.0.1: start each with the address's run of failures cleared, as a
        // success from it would, so that one test's failures do not delay the next one's attempts
        jdbc.update("delete from sign_in_failure where subject like 'address:%'");
        http = new Http(port);
        user = "signin." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Temporary-pass-1", "测试人员", null);
        accounts.changePassword(user, "Temporary-pass-1", PASSWORD);
    }

    /** Wrong passwords in a row, waiting out each growing delay so that every one is counted. */
    private void failFiveTimesOverTheApi() throws InterruptedException {
        for (int i = 1; i <= 5; i++) {
            Http.Reply wrong = http.get("/api/v1/reports", user, "wrong-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            Thread.sleep(Duration.ofSeconds(i < 2 ? 0 : 1L << (i - 2)).plusMillis(150).toMillis());
        }
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_the_right_one_is_answered_like_a_wrong_one() throws Exception {
        Http.Reply wrong = http.get("/api/v1/reports", user, "wrong");
        failFiveTimesOverTheApi();

        Http.Reply locked = http.get("/api/v1/reports", user, PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(wrong.body());
        assertThat(locked.json().get("error").asText()).isEqualTo("UNAUTHORIZED");

        // the login form is the same door
        Http browser = new Http(port);
        assertThat(browser.formLogin(user, PASSWORD, true).location()).endsWith("/login?error");
    }

    @Test
    void the_security_administrator_unlocks_over_the_api_and_nobody_else_may() throws Exception {
        failFiveTimesOverTheApi();
        assertThat(http.get("/api/v1/reports", user, PASSWORD).status()).isEqualTo(401);

        assertThat(http.postJson("/api/v1/users/" + user + "/unlock", "admin", "demo", null).status()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/users/" + user + "/unlock", "audit", "demo", null).status()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/users/no.such.user/unlock", "security", "demo", null).status()).isEqualTo(404);
        assertThat(http.postJson("/api/v1/users/" + user + "/unlock", "security", "demo", null).status()).isEqualTo(204);

        assertThat(http.get("/api/v1/reports", user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void the_form_login_needs_the_csrf_token_and_counts_failures_too() throws Exception {
        Http browser = new Http(port);
        Http.Reply noToken = browser.formLogin(user, PASSWORD, false);
        assertThat(noToken.status()).isIn(302, 403);
        assertThat(noToken.location()).doesNotEndWith(":" + port + "/");

        Http.Reply ok = new Http(port).formLogin(user, PASSWORD, true);
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.location()).doesNotContain("error");

        for (int i = 1; i <= 5; i++) {
            assertThat(new Http(port).formLogin(user, "wrong-" + i, true).location()).endsWith("/login?error");
            Thread.sleep(Duration.ofSeconds(i < 2 ? 0 : 1L << (i - 2)).plusMillis(150).toMillis());
        }
        assertThat(new Http(port).formLogin(user, PASSWORD, true).location()).endsWith("/login?error");
    }

    @Test
    void every_sign_in_and_its_source_address_are_in_the_audit_log() {
        http.get("/api/v1/reports", user, "wrong");
        http.get("/api/v1/reports", user, PASSWORD);

        Http.Reply log = http.get("/api/v1/audit?actor=" + user + "&action=SIGN_IN", "audit", "demo");
        assertThat(log.status()).isEqualTo(200);
        var entries = log.json().get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(entries.get(1).get("outcome").asText()).isEqualTo("FAILURE");
        for (var e : entries) {
            assertThat(e.get("source").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(e.get("hash").asText()).hasSize(64);
            assertThat(e.has("prev") && e.has("at") && e.has("id") && e.has("target")).isTrue();
        }
    }

    @Test
    void a_third_sign_in_ends_the_oldest_session_and_a_password_change_ends_the_others() {
        Http first = new Http(port);
        Http second = new Http(port);
        Http third = new Http(port);
        assertThat(first.formLogin(user, PASSWORD, true).location()).doesNotContain("error");
        assertThat(first.get("/inbox").status()).isEqualTo(200);
        assertThat(second.formLogin(user, PASSWORD, true).location()).doesNotContain("error");
        assertThat(second.get("/inbox").status()).isEqualTo(200);
        assertThat(first.get("/inbox").status()).isEqualTo(200);

        assertThat(third.formLogin(user, PASSWORD, true).location()).doesNotContain("error");
        assertThat(third.get("/inbox").status()).isEqualTo(200);
        Http.Reply ended = first.get("/inbox");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).endsWith("/login?ended");
        assertThat(second.get("/inbox").status()).isEqualTo(200);

        // a change over the API (no session of its own) ends every UI session
        assertThat(http.postJson("/api/v1/me/password", user, PASSWORD,
                "{\"old\":\"" + PASSWORD + "\",\"new\":\"Changed-elsewhere-2026\"}").status()).isEqualTo(204);
        assertThat(second.get("/inbox").location()).endsWith("/login?ended");
        assertThat(third.get("/inbox").location()).endsWith("/login?ended");
    }
}
