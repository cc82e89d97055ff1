package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;

/**
 * The API's bounds as a client meets them: every error under /api/ is the JSON body of api.md whatever went
 * wrong and whatever the client accepts; a cell that cannot be stored exactly, a number past the parser's limits,
 * a page or a year out of range answer 400; the longest return comment goes through and one character more is
 * refused naming the field.
 */
@AppTest
class InputBoundsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;

    private RawHttp.Reply raw(String method, String target, String user, String contentType, String accept, String body)
            throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        if (user != null) {
            h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        if (accept != null) {
            h.put("Accept", accept);
        }
        return new RawHttp(port).send(method, target.getBytes(StandardCharsets.ISO_8859_1), h,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode errorBody(RawHttp.Reply r) throws IOException {
        assertThat(r.header("content-type")).as(r.text()).startsWith("application/json");
        assertThat(r.header("location")).isNull();
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.path("message").asText()).isNotBlank();
        return body;
    }

    @Test
    void every_error_under_the_api_is_the_json_body_of_api_md() throws IOException {
        record Case(String method, String target, String user, String contentType, String accept, String body, int status,
                    String error) {
        }
        for (Case c : new Case[] {
                new Case("GET", "/api/v1/no-such-thing", "lanhe.clerk", null, "text/html", null, 404, "NOT_FOUND"),
                new Case("GET", "/api/v1/reports/", "lanhe.clerk", null, null, null, 404, "NOT_FOUND"),
                new Case("GET", "/api/v1/no-such-thing", null, null, "text/html", null, 401, "UNAUTHORIZED"),
                new Case("DELETE", "/api/v1/reports", "lanhe.clerk", null, null, null, 405, "METHOD_NOT_ALLOWED"),
                new Case("POST", "/api/v1/me/password", "lanhe.clerk", "text/plain", null, "x", 415, "UNSUPPORTED_MEDIA_TYPE"),
                new Case("GET", "/api/v1/reports", "lanhe.clerk", null, "text/html", null, 406, "NOT_ACCEPTABLE"),
                new Case("GET", "/api/v1/reports/%ff%fe", "lanhe.clerk", null, null, null, 400, "BAD_REQUEST"),
                new Case("GET", "/api/v1/%zz", null, null, null, null, 400, "BAD_REQUEST"),
                new Case("GET", "/api/v1/reports/abc", "lanhe.clerk", null, null, null, 400, "BAD_REQUEST"),
                new Case("POST", "/api/v1/validate", "lanhe.clerk", "application/json", null, "[".repeat(5000), 400, "BAD_REPORT_JSON"),
                new Case("POST", "/api/v1/reports", "lanhe.clerk", "application/json", null, "{\"unit\": 1e-2147483648}", 400, "BAD_REQUEST"),
        }) {
            RawHttp.Reply r = raw(c.method(), c.target(), c.user(), c.contentType(), c.accept(), c.body());
            assertThat(r.status()).as(c.method() + " " + c.target() + ": " + r.text()).isEqualTo(c.status());
            assertThat(errorBody(r).get("error").asText()).as(c.target()).isEqualTo(c.error());
        }
    }

    @Test
    void numbers_a_cell_cannot_store_exactly_answer_400_and_nothing_is_stored() throws IOException {
        String report = "{\"schema\":\"nianbao.report/1\",\"format\":\"GOV_2021\",\"year\":2026,"
                + "\"unit\":{\"code\":\"lanxi-lanhe\",\"name\":\"兰西县兰河乡人民政府\",\"kind\":\"XIANG\"},"
                + "\"sections\":{\"s3\":{\"matrix\":{\"granted\":{\"natural_person\":NUMBER}}}}}";
        for (String n : new String[] {"1e309", "1E+2147483647", "1e-2147483648", "0.00004", "1000000000001"}) {
            RawHttp.Reply r = raw("POST", "/api/v1/validate", "lanhe.clerk", "application/json", null, report.replace("NUMBER", n));
            assertThat(r.status()).as(n + ": " + r.text()).isEqualTo(400);
            errorBody(r);
        }
        assertThat(raw("POST", "/api/v1/validate", "lanhe.clerk", "application/json", null, report.replace("NUMBER", "1000000000000"))
                .status()).isEqualTo(200);

        // PUT of a draft: refused with the cell's path, the stored draft unchanged (0.00004 is not stored as 0)
        ApiClient api = new ApiClient(port);
        long id = newDraft(api, "beian.clerk", "lanxi-beian");
        ApiClient.Reply current = api.get("/api/v1/reports/" + id, "beian.clerk");
        ObjectNode body = (ObjectNode) current.json().get("report");
        ((ObjectNode) body.at("/sections/s3/matrix/granted")).put("natural_person", new java.math.BigDecimal("0.00004"));
        ApiClient.Reply put = api.send("PUT", "/api/v1/reports/" + id, "beian.clerk", JSON.writeValueAsBytes(body),
                "If-Match", current.headers().firstValue("ETag").orElseThrow());
        assertThat(put.status()).as(put.body()).isEqualTo(400);
        assertThat(put.json().get("path").asText()).isEqualTo("sections.s3.matrix.granted.natural_person");
        ApiClient.Reply after = api.get("/api/v1/reports/" + id, "beian.clerk");
        assertThat(after.json().get("version").asLong()).isEqualTo(current.json().get("version").asLong());
        assertThat(after.json().at("/report/sections/s3/matrix/granted/natural_person").isNull()).isTrue();
    }

    @Test
    void pages_and_years_out_of_range_answer_400_for_anyone() throws IOException {
        RawHttp.Reply anonymous = raw("GET", "/api/v1/public/reports?page=2147483647", null, null, null, null);
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(errorBody(anonymous).get("path").asText()).isEqualTo("page");
        assertThat(raw("GET", "/api/v1/reports?page=2147483647", "lanhe.clerk", null, null, null).status()).isEqualTo(400);
        assertThat(raw("GET", "/api/v1/reports?page=10000&size=200", "lanhe.clerk", null, null, null).status()).isEqualTo(200);
        RawHttp.Reply deadline = raw("GET", "/api/v1/counties/lanxi/deadlines/2147483647", "county", null, null, null);
        assertThat(deadline.status()).isEqualTo(400);
        assertThat(errorBody(deadline).get("error").asText()).isEqualTo("BAD_YEAR");
        RawHttp.Reply portal = raw("GET", "/public/reports?page=2147483647", null, null, null, null);
        assertThat(portal.status()).isEqualTo(400);
        assertThat(portal.header("location")).isNull();
        assertThat(portal.text()).contains("页码");
    }

    @Test
    void a_return_comment_of_two_thousand_characters_goes_through_and_one_more_is_refused_naming_the_field()
            throws IOException {
        ApiClient api = new ApiClient(port);
        long id = newDraft(api, "beian.clerk", "lanxi-beian");
        ApiClient.Reply current = api.get("/api/v1/reports/" + id, "beian.clerk");
        int year = current.json().at("/report/year").asInt();
        String example = example(year);
        assertThat(api.send("PUT", "/api/v1/reports/" + id, "beian.clerk", example.getBytes(StandardCharsets.UTF_8),
                "If-Match", current.headers().firstValue("ETag").orElseThrow()).status()).isEqualTo(200);
        ObjectNode explanations = JSON.createObjectNode();
        for (JsonNode f : api.post("/api/v1/validate", "beian.clerk", example).json().get("findings")) {
            if (f.get("severity").asText().equals("WARNING")) {
                explanations.put(f.get("rule").asText() + "@" + f.get("at").asText(), "已向县政府办说明");
            }
        }
        ObjectNode submit = JSON.createObjectNode().set("explanations", explanations);
        assertThat(api.post("/api/v1/reports/" + id + "/submit", "beian.clerk", submit.toString()).status()).isEqualTo(200);
        String task = null;
        for (JsonNode t : api.get("/api/v1/tasks", "beian.secrecy").json()) {
            if (t.get("reportId").asLong() == id) {
                task = t.get("taskId").asText();
            }
        }
        ObjectNode decision = JSON.createObjectNode().put("decision", "RETURN").put("comment", "改".repeat(2001));
        decision.putObject("sections").put("s1", "请补充".repeat(600));
        ApiClient.Reply tooLong = api.post("/api/v1/tasks/" + task + "/complete", "beian.secrecy", decision.toString());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).isEqualTo("TOO_LONG");
        assertThat(tooLong.json().get("path").asText()).isEqualTo("comment");
        assertThat(tooLong.json().get("message").asText()).contains("审核意见", "2000");

        decision.put("comment", "改".repeat(2000));
        ApiClient.Reply returned = api.post("/api/v1/tasks/" + task + "/complete", "beian.secrecy", decision.toString());
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        JsonNode history = api.get("/api/v1/reports/" + id + "/history", "beian.clerk").json();
        assertThat(history.get(history.size() - 1).get("comment").asText()).startsWith("改".repeat(2000)).contains("请补充".repeat(600));
        // the clerk is told in an excerpt that fits the notification and says where the rest is
        JsonNode note = null;
        for (JsonNode n : api.get("/api/v1/notifications", "beian.clerk").json().get("items")) {
            if (n.get("reportId").asLong() == id && n.get("body").asText().contains("改改改")) {
                note = n;
            }
        }
        assertThat(note).isNotNull();
        assertThat(note.get("body").asText()).hasSizeLessThanOrEqualTo(2000).endsWith("……（全文见报告的审批记录）");
    }

    /** A new draft of the unit for the first year not taken yet (the suite's other classes share this database). */
    private static long newDraft(ApiClient api, String clerk, String unit) {
        for (int year = 2026; year >= 2021; year--) {
            ApiClient.Reply r = api.post("/api/v1/reports", clerk, "{\"unit\":\"" + unit + "\",\"year\":" + year + "}");
            if (r.status() == 201) {
                return r.json().get("id").asLong();
            }
        }
        throw new AssertionError("no free year for " + unit);
    }

    /** The README's example report as 北安乡's of the year. */
    private static String example(int year) throws IOException {
        try (InputStream in = InputBoundsApiTest.class.getClassLoader().getResourceAsStream("lanxi-lanhe-2026.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"year\": 2026", "\"year\": " + year)
                    .replace("2026年", year + "年").replace("lanxi-lanhe", "lanxi-beian").replace("兰河乡", "北安乡");
        }
    }
}
