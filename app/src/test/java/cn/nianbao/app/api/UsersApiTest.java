package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.user.PasswordPolicy;

/**
 * The system administrator's people API on the demo data: list, add with a one-time password, change, grant and
 * take away roles, import a people sheet; everyone else is refused, and every change is in the security audit log.
 */
@AppTest
class UsersApiTest {

    @LocalServerPort int port;
    ApiClient api;
    final String t = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Reply send(String method, String path, String user, String json) {
        return api.send(method, path, user, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private ApiClient.Reply upload(String user, String query, String fileName, byte[] file) {
        return api.upload("/api/v1/users/import" + query, user, "demo", fileName, file);
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFFusername,display_name,email,unit_code,roles\r\n" + String.join("\r\n", lines))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private List<String> auditTargets(String action) {
        return texts(api.get("/api/v1/audit?actor=admin&action=" + action + "&size=50", "audit").json().get("entries"), "target");
    }

    @Test
    void the_administrator_lists_people_by_unit_and_everyone_else_is_refused() {
        JsonNode all = api.get("/api/v1/users", "admin").json();
        assertThat(all.get("pageSize").asInt()).isEqualTo(100);
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(14);
        assertThat(texts(all.get("users"), "username")).contains("admin", "city", "lanhe.clerk");
        assertThat(all.toString()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");

        JsonNode lanhe = api.get("/api/v1/users?unit=lanxi-lanhe", "admin").json();
        assertThat(lanhe.get("unit").asText()).isEqualTo("lanxi-lanhe");
        assertThat(texts(lanhe.get("users"), "username")).contains("lanhe.clerk", "lanhe.leader", "lanhe.secrecy")
                .doesNotContain("yulin.clerk", "admin");
        JsonNode clerk = null;
        for (JsonNode u : lanhe.get("users")) {
            if (u.get("username").asText().equals("lanhe.clerk")) {
                clerk = u;
            }
        }
        assertThat(clerk.at("/roles/0/role").asText()).isEqualTo("CLERK");
        assertThat(clerk.at("/roles/0/unit").asText()).isEqualTo("lanxi-lanhe");
        assertThat(clerk.get("displayName").asText()).isEqualTo("兰河乡党政办起草人");

        assertThat(api.get("/api/v1/users?unit=nowhere", "admin").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users?page=-1", "admin").json().get("error").asText()).isEqualTo("BAD_PAGE");
        for (String other : List.of("county", "city", "security", "audit", "lanhe.clerk")) {
            ApiClient.Reply refused = api.get("/api/v1/users", other);
            assertThat(refused.status()).as(other).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).isEqualTo("只有系统管理员可以管理用户和角色");
        }
    }

    @Test
    void a_new_person_gets_a_one_time_password_once_and_must_change_it_at_the_first_sign_in() {
        String name = "new." + t;
        ApiClient.Reply made = send("POST", "/api/v1/users", "admin",
                "{\"username\":\"" + name + "\",\"display_name\":\"新同事\",\"email\":\"new." + t + "@example.test\"}");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String password = made.json().get("password").asText();
        assertThat(PasswordPolicy.problems(name, password)).isEmpty();
        assertThat(made.json().at("/user/mustChangePassword").asBoolean()).isTrue();
        assertThat(made.json().at("/user/displayName").asText()).isEqualTo("新同事");

        ApiClient.Reply first = api.sendAs("GET", "/api/v1/tasks", name, password, null);
        assertThat(first.status()).isEqualTo(403);
        assertThat(first.json().get("error").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(api.sendAs("POST", "/api/v1/me/password", name, password,
                ("{\"old\":\"" + password + "\",\"new\":\"Mein-Eigenes-2026\"}").getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(204);
        assertThat(api.sendAs("GET", "/api/v1/tasks", name, "Mein-Eigenes-2026", null).status()).isEqualTo(200);

        assertThat(send("POST", "/api/v1/users", "admin", "{\"username\":\"" + name + "\",\"display_name\":\"又一个\"}")
                .json().get("error").asText()).isEqualTo("USER_EXISTS");
        ApiClient.Reply badMail = send("POST", "/api/v1/users", "admin",
                "{\"username\":\"x" + t + "\",\"display_name\":\"某人\",\"email\":\"nobody\"}");
        assertThat(badMail.status()).isEqualTo(400);
        assertThat(badMail.json().get("message").asText()).isEqualTo("电子邮箱「nobody」格式不正确");
        assertThat(send("POST", "/api/v1/users", "admin", "{\"username\":\"y" + t + "\",\"display_name\":\" \"}")
                .json().get("error").asText()).isEqualTo("BAD_NAME");
        assertThat(send("POST", "/api/v1/users", "admin",
                "{\"username\":\"z" + t + "\",\"display_name\":\"某人\",\"password\":\"Chosen-by-me-1\"}").status()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/users", "admin", "not json").json().get("error").asText()).isEqualTo("BAD_REQUEST");
        assertThat(send("POST", "/api/v1/users", "county",
                "{\"username\":\"w" + t + "\",\"display_name\":\"某人\"}").status()).isEqualTo(403);
        assertThat(auditTargets("USER_CREATE")).contains(name);
    }

    @Test
    void the_administrator_changes_a_person_and_their_roles_and_every_change_is_audited() {
        String name = "staff." + t;
        String password = send("POST", "/api/v1/users", "admin", "{\"username\":\"" + name + "\",\"display_name\":\"职员\"}")
                .json().get("password").asText();

        JsonNode granted = send("POST", "/api/v1/users/" + name + "/roles", "admin",
                "{\"role\":\"CLERK\",\"unit\":\"lanxi-yulin\"}").json();
        assertThat(granted.at("/roles/0/role").asText()).isEqualTo("CLERK");
        assertThat(granted.at("/roles/0/unit").asText()).isEqualTo("lanxi-yulin");
        ApiClient.Reply misplaced = send("POST", "/api/v1/users/" + name + "/roles", "admin",
                "{\"role\":\"CITY_OFFICE\",\"unit\":\"lanxi-yulin\"}");
        assertThat(misplaced.status()).isEqualTo(400);
        assertThat(misplaced.json().get("error").asText()).isEqualTo("ROLE_NOT_HERE");
        assertThat(misplaced.json().get("message").asText()).isEqualTo("市政府办公室只能授予市级区域单位，「lanxi-yulin」是镇");
        assertThat(send("POST", "/api/v1/users/" + name + "/roles", "admin", "{\"role\":\"MAYOR\",\"unit\":\"lanxi-yulin\"}")
                .json().get("message").asText()).startsWith("未知的角色「MAYOR」");
        assertThat(send("POST", "/api/v1/users/" + name + "/roles", "admin", "{\"role\":\"CLERK\",\"unit\":\"nowhere\"}")
                .status()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/users/nobody" + t + "/roles", "admin", "{\"role\":\"CLERK\",\"unit\":\"lanxi-yulin\"}")
                .status()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/users/" + name + "/roles", "county", "{\"role\":\"CLERK\",\"unit\":\"lanxi-yulin\"}")
                .status()).isEqualTo(403);

        JsonNode patched = send("PATCH", "/api/v1/users/" + name, "admin",
                "{\"display_name\":\"职员（榆林镇）\",\"email\":\"staff." + t + "@example.test\"}").json();
        assertThat(patched.get("displayName").asText()).isEqualTo("职员（榆林镇）");
        assertThat(patched.get("email").asText()).isEqualTo("staff." + t + "@example.test");
        assertThat(send("PATCH", "/api/v1/users/" + name, "admin", "{\"enabled\":\"no\"}").status()).isEqualTo(400);
        assertThat(send("PATCH", "/api/v1/users/" + name, "admin", "{\"username\":\"other\"}").json().get("error").asText())
                .isEqualTo("NOT_CHANGEABLE");
        assertThat(send("PATCH", "/api/v1/users/" + name, "admin", "{\"enabled\":false}").json().get("enabled").asBoolean())
                .isFalse();
        assertThat(api.sendAs("GET", "/api/v1/tasks", name, password, null).status()).isEqualTo(401);
        assertThat(send("PATCH", "/api/v1/users/admin", "admin", "{\"enabled\":false}").json().get("error").asText())
                .isEqualTo("OWN_ACCOUNT");
        assertThat(send("PATCH", "/api/v1/users/" + name, "city", "{\"enabled\":true}").status()).isEqualTo(403);

        ApiClient.Reply revoked = send("DELETE", "/api/v1/users/" + name + "/roles/CLERK@lanxi-yulin", "admin", null);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("roles")).isEmpty();
        assertThat(send("DELETE", "/api/v1/users/" + name + "/roles/CLERK@lanxi-yulin", "admin", null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/users/admin/roles/SYSTEM_ADMIN", "admin", null).json().get("error").asText())
                .isEqualTo("OWN_ADMIN_ROLE");
        assertThat(send("DELETE", "/api/v1/users/lanhe.clerk/roles/CLERK@lanxi-lanhe", "county", null).status()).isEqualTo(403);

        assertThat(auditTargets("ROLE_GRANT")).contains(name + " CLERK @lanxi-yulin");
        assertThat(auditTargets("ROLE_REVOKE")).contains(name + " CLERK @lanxi-yulin");
        assertThat(auditTargets("USER_UPDATE")).contains(name + " name,email", name + " disabled");
    }

    @Test
    void a_people_sheet_is_checked_as_a_whole_imported_once_and_its_passwords_answered_once() throws Exception {
        byte[] bad = csv("a." + t + ",甲,,lanxi-lanhe,CLERK", "a." + t + ",乙,,lanxi-lanhe,CLERK",
                "b." + t + ",丙,bad@,lanxi-nowhere,CLERK|BOSS");
        JsonNode dry = upload("admin", "?dryRun=true", "people.csv", bad).json();
        assertThat(dry.get("ok").asBoolean()).isFalse();
        assertThat(dry.get("rows").asInt()).isEqualTo(3);
        List<String> where = new ArrayList<>();
        dry.get("problems").forEach(p -> where.add(p.get("row").asInt() + ":" + p.get("column").asText()));
        assertThat(where).containsExactly("3:username", "4:email", "4:unit_code", "4:roles");
        ApiClient.Reply refused = upload("admin", "", "people.csv", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("表格有 4 处问题，未导入任何人员");
        assertThat(refused.json().has("passwords")).isFalse();
        assertThat(api.get("/api/v1/users?unit=lanxi-lanhe", "admin").body()).doesNotContain("a." + t);

        byte[] good = xlsx(List.of(
                List.of("username", "display_name", "email", "unit_code", "roles"),
                List.of("c." + t, "兰河乡起草人二", "c." + t + "@example.test", "lanxi-lanhe", "CLERK"),
                List.of("d." + t, "青冈县政府办公室二", "", "qinggang", "COUNTY_OFFICE")));
        ApiClient.Reply imported = upload("admin", "", "people.xlsx", good);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode first = imported.json();
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(texts(first.get("passwords"), "username")).containsExactly("c." + t, "d." + t);
        String password = first.at("/passwords/1/password").asText();
        assertThat(api.sendAs("POST", "/api/v1/me/password", "d." + t, password,
                ("{\"old\":\"" + password + "\",\"new\":\"Qinggang-Office-2026\"}").getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(204);
        assertThat(api.sendAs("GET", "/api/v1/units/qinggang/cockpit/2020", "d." + t, "Qinggang-Office-2026", null).status())
                .isEqualTo(200);

        JsonNode again = upload("admin", "", "people.xlsx", good).json();
        assertThat(again.toString()).isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":2,\"passwords\":[]}");
        assertThat(upload("county", "?dryRun=true", "people.xlsx", good).status()).isEqualTo(403);
        assertThat(upload("county", "", "people.csv", new byte[] {(byte) 0xC3, 0x28}).status()).isEqualTo(403);
        assertThat(upload("admin", "", "people.csv", new byte[] {(byte) 0xC3, 0x28}).json().at("/problems/0/message").asText())
                .startsWith("无法读取文件");
        assertThat(upload("admin", "?dryRun=true", "people.csv", "username,email\r\nx,y".getBytes(StandardCharsets.UTF_8))
                .json().at("/problems/0/message").asText()).isEqualTo("表头缺少列「display_name」");
        assertThat(texts(api.get("/api/v1/audit?actor=admin&action=USER_IMPORT&size=50", "audit").json().get("entries"),
                "target")).contains("rows=2 created=2 updated=0 unchanged=0 roles=2", "rows=3 problems=4");
    }

    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("people");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
