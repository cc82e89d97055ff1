package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.SeedReport;

@AppTest
class ValidateApiTest {

    @LocalServerPort int port;
    ApiClient api;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private String seed() {
        return new String(SeedReport.json(), StandardCharsets.UTF_8);
    }

    @Test
    void the_seed_is_valid_with_exactly_the_t_unit_and_t_goveval_warnings() {
        ApiClient.Reply r = api.post("/api/v1/validate", "lanhe.clerk", seed());

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("errors").asInt()).isZero();
        assertThat(body.get("warnings").asInt()).isEqualTo(2);
        List<String> rules = new ArrayList<>();
        body.get("findings").forEach(f -> rules.add(f.get("rule").asText() + "/" + f.get("severity").asText()));
        assertThat(rules).containsExactlyInAnyOrder("T-UNIT/WARNING", "T-GOVEVAL/WARNING");
    }

    @Test
    void one_broken_s3_column_gives_the_one_balance_error_with_its_numbers() throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(seed());
        ObjectNode matrix = (ObjectNode) report.at("/sections/s3/matrix");
        ((ObjectNode) matrix.get("new_received")).put("org_research", 3).put("total", 3);
        ((ObjectNode) matrix.get("granted")).put("org_research", 1).put("total", 1);
        ((ObjectNode) matrix.get("result_total")).put("org_research", 1).put("total", 1);
        ((ObjectNode) report.at("/sections/s3")).put("text", "本年度共收到政府信息公开申请3件。");

        JsonNode body = api.post("/api/v1/validate", "yulin.clerk", json.writeValueAsString(report)).json();

        assertThat(body.get("valid").asBoolean()).isFalse();
        assertThat(body.get("errors").asInt()).isEqualTo(1);
        JsonNode error = null;
        for (JsonNode f : body.get("findings")) {
            if (f.get("severity").asText().equals("ERROR")) {
                error = f;
            }
        }
        assertThat(error.get("rule").asText()).isEqualTo("S3-BAL");
        assertThat(error.get("at").asText()).isEqualTo("s3.col.org_research");
        assertThat(error.get("expected").asInt()).isEqualTo(3);
        assertThat(error.get("actual").asInt()).isEqualTo(1);
        assertThat(error.get("message").asText()).isEqualTo(
                "三、收到和处理政府信息公开申请情况：科研机构列 第一项加第二项之和（3）不等于第三项加第四项之和（1）");
    }

    @Test
    void without_credentials_the_answer_is_401_in_chinese() {
        ApiClient.Reply r = api.post("/api/v1/validate", null, seed());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void what_is_not_a_report_is_400_naming_the_key_path() throws Exception {
        assertThat(api.post("/api/v1/validate", "lanhe.clerk", "{oops").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/validate", "lanhe.clerk", "[]").status()).isEqualTo(400);

        ObjectNode report = (ObjectNode) json.readTree(seed());
        ((ObjectNode) report.at("/sections/s3/matrix/granted")).put("natural_person", "三");
        ApiClient.Reply r = api.post("/api/v1/validate", "lanhe.clerk", json.writeValueAsString(report));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("path").asText()).isEqualTo("sections.s3.matrix.granted.natural_person");
        assertThat(r.json().get("message").asText()).contains("sections.s3.matrix.granted.natural_person");

        ObjectNode wrongFormat = (ObjectNode) json.readTree(seed());
        ((ObjectNode) wrongFormat.at("/sections/s2/tables/art20_1")).putObject("admin_normative_doc").put("issued", 1);
        ApiClient.Reply r2 = api.post("/api/v1/validate", "lanhe.clerk", json.writeValueAsString(wrongFormat));
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.json().get("path").asText()).isEqualTo("sections.s2.tables.art20_1.admin_normative_doc");
    }

    @Test
    void a_body_over_one_mebibyte_is_413() {
        String big = "{\"schema\":\"" + "x".repeat(1024 * 1024) + "\"}";
        ApiClient.Reply r = api.post("/api/v1/validate", "lanhe.clerk", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }
}
