package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;

/**
 * The units API on the demo data: 绥化市's office oversees its counties (cockpit, totals, drill-down) and an
 * administrator onboards units from a sheet, checked as a whole before anything is imported.
 */
@AppTest
class UnitsApiTest {

    @LocalServerPort int port;
    ApiClient api;
    final ObjectMapper json = new ObjectMapper();
    final String t = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Reply upload(String user, String query, String fileName, byte[] file) throws Exception {
        String boundary = "nianbao" + t;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/units/import" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Reply(r.statusCode(), r.body(), r.headers());
    }

    private byte[] csv(String... lines) {
        return ("\uFEFFcode,name,short_name,kind,parent_code\r\n" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_city_office_reads_its_counties_in_the_cockpit_one_level_at_a_time() {
        JsonNode city = api.get("/api/v1/units/suihua/cockpit/2020", "city").json();

        List<String> codes = new ArrayList<>();
        city.get("rows").forEach(r -> codes.add(r.get("code").asText()));
        assertThat(codes).contains("lanxi", "qinggang", "suihua-fgw");
        JsonNode lanxi = null;
        for (JsonNode r : city.get("rows")) {
            if (r.get("code").asText().equals("lanxi")) {
                lanxi = r;
            }
        }
        assertThat(lanxi.get("area").asBoolean()).isTrue();
        assertThat(lanxi.at("/below/PUBLISHED").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode county = api.get("/api/v1/units/lanxi/cockpit/2020?status=PUBLISHED", "city").json();
        assertThat(county.get("rows").get(0).get("code").asText()).isEqualTo("lanxi-lanhe");
        assertThat(county.get("rows").get(0).get("overdue").asBoolean()).isFalse();

        assertThat(api.get("/api/v1/units/suihua/cockpit/2020", "county").status()).isEqualTo(403);
        ApiClient.Reply bad = api.get("/api/v1/units/suihua/cockpit/2020?status=DONE", "city");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).startsWith("未知的报告状态");
    }

    @Test
    void the_city_totals_sum_its_subtree_drill_down_by_county_and_download_as_xlsx() {
        JsonNode totals = api.get("/api/v1/units/suihua/totals/2020", "city").json();
        JsonNode lanxi = api.get("/api/v1/counties/lanxi/totals/2020", "county").json();

        assertThat(totals.get("publishedUnits").asLong()).isEqualTo(lanxi.get("publishedUnits").asLong()).isPositive();
        assertThat(totals.at("/cells/s3.new_received.total").decimalValue())
                .isEqualByComparingTo(lanxi.at("/cells/s3.new_received.total").decimalValue());

        JsonNode byCounty = api.get("/api/v1/units/suihua/totals/2020?cell=s3.new_received.total", "city").json();
        List<String> children = new ArrayList<>();
        byCounty.forEach(c -> children.add(c.get("code").asText()));
        assertThat(children).contains("lanxi", "qinggang");

        ApiClient.Reply xlsx = api.get("/api/v1/units/suihua/totals/2020?format=xlsx", "city");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(api.get("/api/v1/units/suihua/totals/1990", "city").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/units/suihua/totals/2020?cell=nope", "city").status()).isEqualTo(400);
    }

    @Test
    void a_sheet_with_problems_is_listed_by_row_and_nothing_is_imported() throws Exception {
        byte[] sheet = csv("x" + t + ",某县,,COUNTY,suihua", "x" + t + ",重复,,COUNTY,suihua", "y" + t + ",某乡,,VILLAGE,nowhere");

        JsonNode dry = upload("admin", "?dryRun=true", "units.csv", sheet).json();
        assertThat(dry.get("ok").asBoolean()).isFalse();
        assertThat(dry.get("rows").asInt()).isEqualTo(3);
        List<String> where = new ArrayList<>();
        dry.get("problems").forEach(p -> where.add(p.get("row").asInt() + ":" + p.get("column").asText()));
        assertThat(where).containsExactly("3:code", "4:kind", "4:parent_code");

        ApiClient.Reply real = upload("admin", "", "units.csv", sheet);
        assertThat(real.status()).isEqualTo(400);
        assertThat(real.json().get("message").asText()).isEqualTo("表格有 3 处问题，未导入任何单位");
        assertThat(api.get("/api/v1/units/x" + t, "admin").status()).isEqualTo(404);
    }

    @Test
    void a_clean_sheet_imports_once_and_the_directory_answers_for_administrators_only() throws Exception {
        byte[] sheet = csv("k" + t + ",测试县人民政府,测试县,COUNTY,suihua", "k" + t + "-a,\"测试县某乡人民政府\",某乡,XIANG,k" + t);

        assertThat(upload("admin", "", "units.csv", sheet).json().toString())
                .isEqualTo("{\"created\":2,\"updated\":0,\"unchanged\":0}");
        assertThat(upload("admin", "", "units.csv", sheet).json().toString())
                .isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":2}");
        assertThat(upload("lanhe.clerk", "", "units.csv", sheet).status()).isEqualTo(403);
        assertThat(upload("admin", "", "units.csv", new byte[] {(byte) 0xC3, 0x28}).json().at("/problems/0/message").asText())
                .startsWith("无法读取文件");

        JsonNode unit = api.get("/api/v1/units/k" + t + "-a", "admin").json();
        assertThat(unit.get("path").asText()).isEqualTo("/suihua/k" + t + "/k" + t + "-a/");
        JsonNode page = api.get("/api/v1/units?parent=k" + t, "admin").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/units?parent=k" + t, "city").status()).isEqualTo(403);

        ApiClient.Reply patched = api.send("PATCH", "/api/v1/units/k" + t + "-a", "admin",
                "{\"name\":\"测试县某镇人民政府\",\"kind\":\"ZHEN\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(patched.json().get("kind").asText()).isEqualTo("ZHEN");
        ApiClient.Reply badKind = api.send("PATCH", "/api/v1/units/k" + t + "-a", "admin",
                "{\"kind\":\"VILLAGE\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("message").asText()).startsWith("未知的单位类型「VILLAGE」");

        ApiClient.Reply created = api.post("/api/v1/units", "admin",
                "{\"code\":\"n" + t + "\",\"name\":\"测试市直部门\",\"kind\":\"CITY_DEPARTMENT\",\"parent_code\":\"suihua\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/units", "admin", "{\"code\":\"Bad!\",\"name\":\"x\",\"kind\":\"XIANG\"}").status())
                .isEqualTo(400);
    }
}
