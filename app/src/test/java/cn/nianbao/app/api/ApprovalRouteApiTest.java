package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;

/** The README's curl walk-through for 兰河乡's 2026 report, as HTTP requests with the demo accounts. */
@AppTest
class ApprovalRouteApiTest {

    @LocalServerPort int port;

    private static String example() throws IOException {
        try (InputStream in = ApprovalRouteApiTest.class.getClassLoader().getResourceAsStream("lanxi-lanhe-2026.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
    void the_whole_route_by_api_from_draft_to_the_public_report() throws Exception {
        ApiClient api = new ApiClient(port);
        // 2026, or the first later year still free (the suite may run again on the same external database)
        int year = 2026;
        for (JsonNode r : api.get("/api/v1/reports?unit=lanxi-lanhe", "lanhe.clerk").json()) {
            year = Math.max(year, r.get("year").asInt() + 1);
        }
        String body2026 = example().replace("\"year\": 2026", "\"year\": " + year).replace("2026年", year + "年");
        ApiClient.Reply created = api.post("/api/v1/reports", "lanhe.clerk", "{\"unit\":\"lanxi-lanhe\",\"year\":" + year + "}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().at("/report/format").asText()).isEqualTo("GOV_2021");
        assertThat(api.post("/api/v1/reports", "lanhe.clerk", "{\"unit\":\"lanxi-lanhe\",\"year\":" + year + "}").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/reports", "yulin.clerk", "{\"unit\":\"lanxi-lanhe\",\"year\":2027}").status()).isEqualTo(404);

        // an empty draft cannot be submitted: the findings come back with the 409
        ApiClient.Reply blocked = api.post("/api/v1/reports/" + id + "/submit", "lanhe.clerk", "{}");
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.json().get("findings").size()).isPositive();

        String etag = created.headers().firstValue("ETag").orElseThrow();
        byte[] body = body2026.getBytes(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/reports/" + id, "lanhe.clerk", body, "If-Match", etag).status()).isEqualTo(200);
        ApiClient.Reply stale = api.send("PUT", "/api/v1/reports/" + id, "lanhe.clerk", body, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/reports/" + id, "yulin.clerk").status()).isEqualTo(404);

        assertThat(api.post("/api/v1/reports/" + id + "/submit", "lanhe.clerk", "{\"explanations\":{}}").status()).isEqualTo(200);

        String secrecyTask = task(api, "lanhe.secrecy", id);
        assertThat(api.post("/api/v1/tasks/" + secrecyTask + "/complete", "lanhe.clerk", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/tasks/" + secrecyTask + "/complete", "lanhe.secrecy", "{\"decision\":\"RETURN\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/tasks/" + secrecyTask + "/complete", "lanhe.secrecy", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/tasks/" + secrecyTask + "/complete", "lanhe.secrecy",
                "{\"decision\":\"APPROVE\",\"conclusion\":\"不涉密，同意公开\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tasks/" + secrecyTask + "/complete", "lanhe.secrecy", "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/tasks/" + task(api, "lanhe.leader", id) + "/complete", "lanhe.leader",
                "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/reports/" + id + "/publish", "county", "").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/tasks/" + task(api, "county", id) + "/complete", "county",
                "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/reports/" + id + "/publish", "lanhe.clerk", "").status()).isEqualTo(403);
        ApiClient.Reply published = api.post("/api/v1/reports/" + id + "/publish", "county", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");

        ApiClient.Reply pub = api.get("/api/v1/public/reports/lanxi-lanhe/" + year, null);
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.json().at("/sections/s6/text").asText()).isEqualTo(year + "年度我乡未收取信息处理费。");
        assertThat(pub.headers().firstValue("Set-Cookie")).isEmpty();
        String publicEtag = pub.headers().firstValue("ETag").orElseThrow();
        assertThat(api.send("GET", "/api/v1/public/reports/lanxi-lanhe/" + year, null, null, "If-None-Match", publicEtag).status())
                .isEqualTo(304);

        JsonNode history = api.get("/api/v1/reports/" + id + "/history", "lanhe.clerk").json();
        assertThat(history.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(history.get(history.size() - 1).get("action").asText()).isEqualTo("PUBLISH");
        assertThat(api.get("/api/v1/reports/" + id + "/history", "beian.clerk").status()).isEqualTo(404);

        // the evidence pack: the report, then the approval sheet with every stage and the 保密审查 conclusion
        var pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/reports/" + id + "/evidence"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("county:demo".getBytes()))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("兰西县兰河乡人民政府" + year + "年政府信息公开工作年度报告", "审批单", "保密审查", "领导签发",
                    "县级审核", "保密审查结论", "不涉密，同意公开", "兰河乡保密审查员", "兰河乡分管领导", "兰西县政府办公室");
            // people by name, never by login
            assertThat(text).doesNotContain("lanhe.secrecy", "lanhe.leader", "lanhe.clerk");
            // signed (PAdES) by the county office with the demo run's certificate
            var signature = doc.getSignatureDictionaries();
            assertThat(signature).hasSize(1);
            assertThat(signature.get(0).getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.get(0).getName()).isEqualTo("兰西县人民政府办公室");
            int[] range = signature.get(0).getByteRange();
            assertThat(range[2] + range[3]).isEqualTo(pdf.body().length);
        }
        assertThat(api.get("/api/v1/reports/" + id + "/evidence", "yulin.clerk").status()).isEqualTo(404);
    }
}
