package cn.nianbao.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.app.AppTest;
import cn.nianbao.app.ui.Drafts;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * Personal access tokens over real HTTP on PostgreSQL: created with a password, used as Bearer, listed without the
 * secret, revoked, expired, someone else's, a disabled owner, a role taken away, a password reset.
 */
@AppTest
class AccessTokenApiTest {

    private static final String PASSWORD = "Tok3n-Owner-pass";

    @LocalServerPort int port;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired UnitService units;
    @Autowired ActingLeaders acting;

    /** A person who chose their own password (nothing blocks their API calls) and holds a role to check. */
    private String person(Role role) {
        String user = "tok." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Given-by-admin-T1", "令牌测试", null);
        accounts.changePassword(user, "Given-by-admin-T1", PASSWORD);
        accounts.grant(user, role, null);
        return user;
    }

    private JsonNode create(Http http, String user, String name, int days) {
        Http.Reply r = http.postJson("/api/v1/me/tokens", user, PASSWORD, "{\"name\":\"" + name + "\",\"days\":" + days + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private List<String> audit(String actor, String action) {
        return jdbc.queryForList("select target from security_audit where actor = ? and action = ? order by id",
                String.class, actor, action);
    }

    @Test
    void a_token_is_created_once_used_as_bearer_listed_without_its_secret_and_revoked() throws Exception {
        Http http = new Http(port);
        String user = person(Role.SECURITY_ADMIN);
        Http.Reply created = http.postJson("/api/v1/me/tokens", user, PASSWORD, "{\"name\":\"档案系统同步\",\"days\":90}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        long id = created.json().get("id").asLong();
        String token = created.json().get("token").asText();
        assertThat(token).startsWith("nbt_").hasSize(47);

        // stored as its SHA-256 only
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes()));
        assertThat(jdbc.queryForObject("select secret_hash from access_token where id = ?", String.class, id)).isEqualTo(hash);
        assertThat(jdbc.queryForObject("select count(*) from access_token where secret_hash like ?", Integer.class,
                "%" + token.substring(4, 20) + "%")).isZero();

        Http.Reply used = http.bearer("GET", "/api/v1/security/role-holders", token, null);
        assertThat(used.status()).isEqualTo(200);
        assertThat(used.body()).contains("\"username\":\"" + user + "\"");
        assertThat(used.headers().allValues("Set-Cookie")).isEmpty();

        Http.Reply listed = http.bearer("GET", "/api/v1/me/tokens", token, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(token).doesNotContain(hash).doesNotContain("\"token\"");
        JsonNode first = listed.json().get(0);
        assertThat(first.get("id").asLong()).isEqualTo(id);
        assertThat(first.get("name").asText()).isEqualTo("档案系统同步");
        assertThat(first.get("createdAt").asText()).isNotBlank();
        assertThat(first.get("expiresAt").asText()).isNotBlank();
        assertThat(first.get("lastUsedAt").isNull()).isFalse();
        assertThat(first.get("expired").asBoolean()).isFalse();

        assertThat(audit(user, "TOKEN_CREATE")).singleElement().asString().contains("#" + id, "档案系统同步", "90d");

        assertThat(http.send("DELETE", "/api/v1/me/tokens/" + id, user, PASSWORD, null, null).status()).isEqualTo(204);
        Http.Reply revoked = http.bearer("GET", "/api/v1/security/role-holders", token, null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("error").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(revoked.json().get("message").asText()).contains("访问令牌", "撤销");
        assertThat(revoked.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(audit(user, "TOKEN_REVOKE")).singleElement().asString().contains("#" + id);
        assertThat(audit(user, "TOKEN_REFUSED")).singleElement().asString().contains("revoked");
        assertThat(http.get("/api/v1/me/tokens", user, PASSWORD).json()).isEmpty();
        assertThat(http.send("DELETE", "/api/v1/me/tokens/" + id, user, PASSWORD, null, null).status()).isEqualTo(404);
    }

    @Test
    void a_token_cannot_make_another_token() {
        Http http = new Http(port);
        String user = person(Role.SECURITY_ADMIN);
        String token = create(http, user, "脚本", 30).get("token").asText();
        Http.Reply refused = http.bearer("POST", "/api/v1/me/tokens", token, "{\"name\":\"第二个\",\"days\":30}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("密码登录");
        assertThat(jdbc.queryForObject("select count(*) from access_token t join app_user u on u.id = t.user_id "
                + "where u.username = ?", Integer.class, user)).isEqualTo(1);
    }

    @Test
    void bad_names_and_days_get_a_chinese_400() {
        Http http = new Http(port);
        String user = person(Role.SECURITY_ADMIN);
        for (String days : List.of("0", "366", "-5", "\"90\"", "1.5", "null", "99999999999")) {
            Http.Reply r = http.postJson("/api/v1/me/tokens", user, PASSWORD, "{\"name\":\"x\",\"days\":" + days + "}");
            assertThat(r.status()).as(days).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(days).isEqualTo("BAD_TOKEN_DAYS");
            assertThat(r.json().get("message").asText()).as(days).contains("1 到 365");
        }
        Http.Reply noDays = http.postJson("/api/v1/me/tokens", user, PASSWORD, "{\"name\":\"x\"}");
        assertThat(noDays.json().get("error").asText()).isEqualTo("BAD_TOKEN_DAYS");
        for (String name : List.of("\"\"", "\"   \"", "null", "\"" + "长".repeat(65) + "\"")) {
            Http.Reply r = http.postJson("/api/v1/me/tokens", user, PASSWORD, "{\"name\":" + name + ",\"days\":30}");
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(name).isEqualTo("BAD_TOKEN_NAME");
            assertThat(r.json().get("message").asText()).contains("名称");
        }
        Http.Reply broken = http.postJson("/api/v1/me/tokens", user, PASSWORD, "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/me/tokens", user, PASSWORD).json()).isEmpty();
        assertThat(http.send("DELETE", "/api/v1/me/tokens/abc", user, PASSWORD, null, null).status()).isEqualTo(400);
    }

    @Test
    void unknown_and_malformed_tokens_get_a_json_401() {
        Http http = new Http(port);
        for (String token : List.of("nbt_" + "A".repeat(43), "nbt_short", "not-a-token", "")) {
            Http.Reply r = http.bearer("GET", "/api/v1/reports", token, null);
            assertThat(r.status()).as(token).isEqualTo(401);
            assertThat(r.json().get("error").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(r.json().get("message").asText()).contains("访问令牌无效");
        }
        assertThat(http.get("/api/v1/reports").status()).isEqualTo(401);
    }

    @Test
    void an_expired_token_stops_and_is_listed_as_expired() {
        Http http = new Http(port);
        String user = person(Role.SECURITY_ADMIN);
        JsonNode created = create(http, user, "一天", 1);
        String token = created.get("token").asText();
        assertThat(http.bearer("GET", "/api/v1/security/role-holders", token, null).status()).isEqualTo(200);
        jdbc.update("update access_token set expires_at = current_timestamp - interval '1 second' where id = ?",
                created.get("id").asLong());
        assertThat(http.bearer("GET", "/api/v1/security/role-holders", token, null).status()).isEqualTo(401);
        assertThat(audit(user, "TOKEN_REFUSED")).singleElement().asString().contains("expired");
        JsonNode listed = http.get("/api/v1/me/tokens", user, PASSWORD).json();
        assertThat(listed.get(0).get("expired").asBoolean()).isTrue();
    }

    @Test
    void another_persons_token_id_is_not_found_and_stays_valid() {
        Http http = new Http(port);
        String owner = person(Role.SECURITY_ADMIN);
        String other = person(Role.SECURITY_ADMIN);
        JsonNode created = create(http, owner, "别人的", 30);
        long id = created.get("id").asLong();
        Http.Reply r = http.send("DELETE", "/api/v1/me/tokens/" + id, other, PASSWORD, null, null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).contains("不存在");
        String otherToken = create(http, other, "自己的", 30).get("token").asText();
        assertThat(http.bearer("DELETE", "/api/v1/me/tokens/" + id, otherToken, null).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/me/tokens", other, PASSWORD).body()).doesNotContain("别人的");
        assertThat(http.bearer("GET", "/api/v1/security/role-holders", created.get("token").asText(), null).status())
                .isEqualTo(200);
    }

    @Test
    void a_disabled_owner_stops_the_token_at_once() {
        Http http = new Http(port);
        String user = person(Role.SECURITY_ADMIN);
        String token = create(http, user, "停用前", 30).get("token").asText();
        assertThat(http.bearer("GET", "/api/v1/security/role-holders", token, null).status()).isEqualTo(200);
        accounts.update(user, "令牌测试", null, false);
        assertThat(http.bearer("GET", "/api/v1/security/role-holders", token, null).status()).isEqualTo(401);
        assertThat(audit(user, "TOKEN_REFUSED")).singleElement().asString().contains("disabled");
    }

    @Test
    void a_role_taken_away_stops_what_the_token_may_do_at_once() {
        Http http = new Http(port);
        String user = person(Role.SECURITY_ADMIN);
        String token = create(http, user, "角色", 30).get("token").asText();
        assertThat(http.bearer("GET", "/api/v1/security/role-holders", token, null).status()).isEqualTo(200);
        accounts.revoke(user, Role.SECURITY_ADMIN, null);
        Http.Reply after = http.bearer("GET", "/api/v1/security/role-holders", token, null);
        assertThat(after.status()).isEqualTo(403);
        assertThat(after.json().get("message").asText()).contains("安全管理员");
        // still a valid token of a signed-in person, with no role left
        assertThat(http.bearer("GET", "/api/v1/me/tokens", token, null).status()).isEqualTo(200);
    }

    @Test
    void a_password_reset_by_the_security_administrator_revokes_the_persons_tokens() {
        Http http = new Http(port);
        String user = person(Role.AUDIT_ADMIN);
        String token = create(http, user, "重置前", 30).get("token").asText();
        assertThat(http.bearer("GET", "/api/v1/audit/verify", token, null).status()).isEqualTo(200);
        assertThat(http.postJson("/api/v1/users/" + user + "/password-reset", "security", "demo",
                "{\"password\":\"Reset-by-sec-2026\"}").status()).isEqualTo(204);
        assertThat(http.bearer("GET", "/api/v1/audit/verify", token, null).status()).isEqualTo(401);
        assertThat(audit("security", "TOKEN_REVOKE")).anyMatch(t -> t.startsWith(user + " all (1)"));
    }

    @Test
    void a_token_of_an_acting_leader_sees_and_decides_the_leaders_sign_off() {
        Drafts drafts = new Drafts(context);
        String town = drafts.township();
        Long townId = units.findByCode(town).orElseThrow().id();
        String deputy = town + ".deputy";
        accounts.create(deputy, "Given-by-admin-T1", "代理签发人", null);
        accounts.changePassword(deputy, "Given-by-admin-T1", PASSWORD);
        accounts.grant(deputy, Role.CLERK, townId);
        Long id = drafts.filled(town + ".clerk", town, 2026).id();
        drafts.submit(town + ".clerk", id);
        Http http = new Http(port);
        String secrecyTask = taskOf(http.get("/api/v1/tasks", town + ".secrecy", "Own-Password-7x").json(), id);
        assertThat(http.postJson("/api/v1/tasks/" + secrecyTask + "/complete", town + ".secrecy", "Own-Password-7x",
                "{\"decision\":\"APPROVE\",\"conclusion\":\"不涉密，同意公开\"}").status()).isEqualTo(200);
        String token = create(http, deputy, "代签脚本", 7).get("token").asText();
        assertThat(taskOf(http.bearer("GET", "/api/v1/tasks", token, null).json(), id)).isNull();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        acting.name(drafts.actor(town + ".leader"), townId, town + ".leader", deputy, today, today.plusDays(3));
        String signOff = taskOf(http.bearer("GET", "/api/v1/tasks", token, null).json(), id);
        assertThat(signOff).as("the 领导签发 task offered to the token of the acting person").isNotNull();
        Http.Reply decided = http.bearer("POST", "/api/v1/tasks/" + signOff + "/complete", token,
                "{\"decision\":\"APPROVE\",\"comment\":\"同意（代签）\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/reports/" + id, town + ".clerk", "Own-Password-7x").json().get("status").asText())
                .isEqualTo("IN_COUNTY_REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where report_id = ? and actor = ? "
                + "and on_behalf_of = ?", Long.class, id, deputy, town + ".leader")).isPositive();
    }

    private static String taskOf(JsonNode tasks, long reportId) {
        for (JsonNode t : tasks) {
            if (t.get("reportId").asLong() == reportId) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }
}
