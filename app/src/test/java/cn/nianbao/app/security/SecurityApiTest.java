package cn.nianbao.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.user.UserAccountService;

/** Passwords, 三权分立, the audit API and the response headers, over real HTTP on PostgreSQL. */
@AppTest
class SecurityApiTest {

    @LocalServerPort int port;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ServerProperties server;

    private String freshUser(String initial) {
        String user = "api." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, initial, "测试人员", null);
        return user;
    }

    @Test
    void a_password_set_by_someone_else_must_be_changed_before_anything_else() {
        Http http = new Http(port);
        String user = freshUser("Given-by-admin-1");

        Http.Reply blocked = http.get("/api/v1/reports", user, "Given-by-admin-1");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("error").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(blocked.json().get("message").asText()).contains("修改密码");

        Http.Reply weak = http.postJson("/api/v1/me/password", user, "Given-by-admin-1",
                "{\"old\":\"Given-by-admin-1\",\"new\":\"abc\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("error").asText()).isEqualTo("WEAK_PASSWORD");
        assertThat(weak.json().get("reasons")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(weak.json().get("message").asText()).contains("至少 10 个字符");

        Http.Reply withName = http.postJson("/api/v1/me/password", user, "Given-by-admin-1",
                "{\"old\":\"Given-by-admin-1\",\"new\":\"X-" + user.toUpperCase() + "-9\"}");
        assertThat(withName.json().get("message").asText()).contains("用户名");

        Http.Reply ok = http.postJson("/api/v1/me/password", user, "Given-by-admin-1",
                "{\"old\":\"Given-by-admin-1\",\"new\":\"Chosen-by-me-2026\"}");
        assertThat(ok.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/reports", user, "Chosen-by-me-2026").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/reports", user, "Given-by-admin-1").status()).isEqualTo(401);
    }

    @Test
    void bad_password_bodies_get_a_chinese_400_not_a_500() {
        Http http = new Http(port);
        String user = freshUser("Given-by-admin-2");
        Http.Reply missing = http.postJson("/api/v1/me/password", user, "Given-by-admin-2", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).contains("原密码");
        Http.Reply broken = http.postJson("/api/v1/me/password", user, "Given-by-admin-2", "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("error").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void the_security_administrator_resets_a_password_which_must_then_be_changed() {
        Http http = new Http(port);
        String user = freshUser("Given-by-admin-3");
        http.postJson("/api/v1/me/password", user, "Given-by-admin-3", "{\"old\":\"Given-by-admin-3\",\"new\":\"Mine-only-2026\"}");

        assertThat(http.postJson("/api/v1/users/" + user + "/password-reset", "admin", "demo",
                "{\"password\":\"Reset-by-sec-2026\"}").status()).isEqualTo(403);
        Http.Reply weak = http.postJson("/api/v1/users/" + user + "/password-reset", "security", "demo",
                "{\"password\":\"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(http.postJson("/api/v1/users/" + user + "/password-reset", "security", "demo",
                "{\"password\":\"Reset-by-sec-2026\"}").status()).isEqualTo(204);

        assertThat(http.get("/api/v1/reports", user, "Reset-by-sec-2026").json().get("error").asText())
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");
    }

    @Test
    void the_audit_is_for_the_audit_administrator_only_and_verifies() {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/audit", "admin", "demo").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit", "security", "demo").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/verify", "county", "demo").status()).isEqualTo(403);

        Http.Reply page = http.get("/api/v1/audit?size=100000&from=2020-01-01T00:00:00Z", "audit", "demo");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("size").asInt()).isEqualTo(500);
        assertThat(http.get("/api/v1/audit?from=yesterday", "audit", "demo").status()).isEqualTo(400);

        Http.Reply verify = http.get("/api/v1/audit/verify", "audit", "demo");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("intact").asBoolean()).isTrue();
        assertThat(verify.json().get("entries").asLong()).isPositive();
    }

    @Test
    void a_row_edited_in_the_database_is_named_by_the_verify_endpoint() {
        Http http = new Http(port);
        http.get("/api/v1/reports", "lanhe.clerk", "demo");
        Long id = jdbc.queryForObject("select max(id) from security_audit", Long.class);
        String original = jdbc.queryForObject("select source from security_audit where id = ?", String.class, id);
        try {
            jdbc.execute("alter table security_audit disable trigger security_audit_append_only");
            jdbc.update("update security_audit set source = '10.9.9.9' where id = ?", id);
            Http.Reply verify = http.get("/api/v1/audit/verify", "audit", "demo");
            assertThat(verify.json().get("intact").asBoolean()).isFalse();
            assertThat(verify.json().get("brokenAt").asLong()).isEqualTo(id);
        } finally {
            jdbc.update("update security_audit set source = ? where id = ?", original, id);
            jdbc.execute("alter table security_audit enable trigger security_audit_append_only");
        }
        assertThat(http.get("/api/v1/audit/verify", "audit", "demo").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void the_security_administrator_reviews_role_holders() {
        Http http = new Http(port);
        Http.Reply holders = http.get("/api/v1/security/role-holders", "security", "demo");
        assertThat(holders.status()).isEqualTo(200);
        assertThat(holders.body()).contains("\"username\":\"audit\"", "AUDIT_ADMIN", "SYSTEM_ADMIN");
        assertThat(http.get("/api/v1/security/role-holders", "audit", "demo").status()).isEqualTo(403);
    }

    @Test
    void every_response_carries_the_security_headers_and_the_cookie_is_same_site_lax() {
        Http http = new Http(port);
        for (String path : new String[] {"/login", "/public/reports", "/api/v1/public/reports"}) {
            Http.Reply r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("default-src", "frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(r.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("camera=()"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(new Http(port).get("/login").headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("JSESSIONID", "SameSite=Lax", "HttpOnly"));
        assertThat(server.getServlet().getSession().getTimeout()).hasMinutes(15);
    }

    @Test
    void on_postgresql_the_demo_password_stops_the_start_unless_nianbao_demo_is_true() {
        assertThat(accounts.demoPasswordsLeft()).isPositive();
        new DemoPasswordGuard(accounts, dataSource, true).check();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DemoPasswordGuard(accounts, dataSource, false).check())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("演示密码");
    }
}
