package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;

/** 保密审查 by API: a finding sent back to change ("changes"), the record of the choices, and the clerk's mask. */
@AppTest
class SecrecyChoicesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;

    /** The walk-through's report, as 榆林镇's, with an applicant's ID number in section 一. */
    private static String yulinReport(int year) throws IOException {
        String text;
        try (InputStream in = SecrecyChoicesApiTest.class.getClassLoader().getResourceAsStream("lanxi-lanhe-2026.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("\"year\": 2026", "\"year\": " + year).replace("2026年", year + "年")
                .replace("lanxi-lanhe", "lanxi-yulin").replace("XIANG", "ZHEN").replace("兰河乡", "榆林镇").replace("我乡", "我镇");
        ObjectNode report = (ObjectNode) JSON.readTree(text);
        ObjectNode s1 = (ObjectNode) report.at("/sections/s1");
        s1.put("text", s1.get("text").asText() + "\n申请人的身份证号230122197805124210已核对。");
        return report.toString();
    }

    private static String key(JsonNode finding) {
        return finding.get("rule").asText() + "@" + finding.get("at").asText() + "#" + finding.get("offset").asInt();
    }

    private String task(ApiClient api, String who, long reportId) {
        for (JsonNode t : api.get("/api/v1/tasks", who).json()) {
            if (t.get("reportId").asLong() == reportId) {
                return t.get("taskId").asText();
            }
        }
        throw new AssertionError(who + " has no task for " + reportId);
    }

    @Test
    void a_finding_sent_back_is_recorded_named_masked_in_the_return_and_masked_by_the_clerk() throws Exception {
        ApiClient api = new ApiClient(port);
        int year = 2026;
        for (JsonNode r : api.get("/api/v1/reports?unit=lanxi-yulin", "yulin.clerk").json()) {
            year = Math.max(year, r.get("year").asInt() + 1);
        }
        ApiClient.Reply created = api.post("/api/v1/reports", "yulin.clerk", "{\"unit\":\"lanxi-yulin\",\"year\":" + year + "}");
        long id = created.json().get("id").asLong();
        String body = yulinReport(year);
        ApiClient.Reply put = api.send("PUT", "/api/v1/reports/" + id, "yulin.clerk", body.getBytes(StandardCharsets.UTF_8),
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(put.status()).isEqualTo(200);

        JsonNode findings = api.post("/api/v1/validate", "yulin.clerk", body).json().get("findings");
        ObjectNode explanations = JSON.createObjectNode();
        String idKey = null;
        for (JsonNode f : findings) {
            if (f.get("severity").asText().equals("WARNING")) {
                explanations.put(f.get("rule").asText() + "@" + f.get("at").asText(), "已说明");
            }
            if (f.get("rule").asText().equals("SEC-ID")) {
                idKey = key(f);
            }
        }
        assertThat(idKey).isNotNull();
        assertThat(api.post("/api/v1/reports/" + id + "/submit", "yulin.clerk", "{\"explanations\":" + explanations + "}")
                .status()).isEqualTo(200);

        String complete = "/api/v1/tasks/" + task(api, "yulin.secrecy", id) + "/complete";
        assertThat(api.post(complete, "yulin.secrecy", "{\"decision\":\"RETURN\",\"changes\":\"" + idKey + "\"}").status())
                .isEqualTo(400);
        ApiClient.Reply approve = api.post(complete, "yulin.secrecy",
                "{\"decision\":\"APPROVE\",\"conclusion\":\"同意\",\"changes\":[\"" + idKey + "\"]}");
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("error").asText()).isEqualTo("CHANGES_NEED_RETURN");
        assertThat(approve.json().get("message").asText()).contains("退回");
        assertThat(api.post(complete, "yulin.secrecy", "{\"decision\":\"RETURN\",\"changes\":[\"" + idKey + "\"]}").status())
                .isEqualTo(200);

        JsonNode record = api.get("/api/v1/reports/" + id + "/secrecy-review", "yulin.clerk").json();
        assertThat(record.get("decision").asText()).isEqualTo("RETURN");
        assertThat(record.at("/clearances/0/choice").asText()).isEqualTo("CHANGE");
        assertThat(record.at("/clearances/0/match").asText()).isEqualTo("230122********4210");
        JsonNode history = api.get("/api/v1/reports/" + id + "/history", "yulin.clerk").json();
        assertThat(history.get(history.size() - 1).get("comment").asText())
                .contains("居民身份证号码「230122********4210」").doesNotContain("230122197805124210");

        // the clerk masks it: If-Match as for PUT, only the clerk, a body naming the finding
        String mask = "/api/v1/reports/" + id + "/mask";
        String etag = api.get("/api/v1/reports/" + id, "yulin.clerk").headers().firstValue("ETag").orElseThrow();
        String finding = "{\"finding\":\"" + idKey + "\"}";
        assertThat(api.post(mask, "yulin.clerk", finding).status()).isEqualTo(412);
        assertThat(api.post(mask, "yulin.clerk", "{\"finding\":7}", "If-Match", etag).status()).isEqualTo(400);
        assertThat(api.post(mask, "yulin.clerk", "{\"finding\":\"SEC-ID@s1#0\"}", "If-Match", etag).status()).isEqualTo(400);
        assertThat(api.post(mask, "yulin.secrecy", finding, "If-Match", etag).status()).isEqualTo(403);
        assertThat(api.post(mask, "lanhe.clerk", finding, "If-Match", etag).status()).isEqualTo(404);
        ApiClient.Reply masked = api.post(mask, "yulin.clerk", finding, "If-Match", etag);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(masked.json().at("/report/sections/s1/text").asText()).contains("身份证号230122********4210已核对");
        assertThat(api.post(mask, "yulin.clerk", finding, "If-Match", etag).status()).isEqualTo(412);

        JsonNode after = api.post("/api/v1/validate", "yulin.clerk", masked.json().get("report").toString()).json();
        assertThat(after.get("findings").findValues("rule")).extracting(JsonNode::asText).doesNotContain("SEC-ID");
    }
}
