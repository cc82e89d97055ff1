package cn.nianbao.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.app.api.ApiClient;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

@AppTest
class PortalTest {

    @LocalServerPort int port;
    @Autowired PublishedReports publicReports;
    @Autowired UnitService units;

    @Test
    void the_seed_report_page_is_public_cacheable_sessionless_and_in_the_official_layout() {
        ApiClient web = new ApiClient(port);
        ApiClient.Reply page = web.get("/public/reports/lanxi-lanhe/2020", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "兰西县兰河乡人民政府2020年政府信息公开工作年度报告",
                "发布机构", "发布日期", "索引号", "lanxi-2020-0000", "三、本年度办理结果", "<th scope=\"col\"",
                "2020.pdf", "2020.docx", "2020.xlsx", "2020.json", "发布与更正记录");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.headers().firstValue("Last-Modified")).isPresent();
        assertThat(web.send("GET", "/public/reports/lanxi-lanhe/2020", null, null, "If-None-Match", etag).status()).isEqualTo(304);

        assertThat(web.get("/public/reports", null).body()).contains("/public/reports/lanxi-lanhe/2020");
        assertThat(web.get("/public/reports/lanxi-lanhe/2019", null).status()).isEqualTo(404);
        assertThat(web.get("/public/reports/lanxi-lanhe/2020.exe", null).status()).isEqualTo(404);
    }

    @Test
    void downloads_read_back_with_the_right_content() throws Exception {
        ApiClient web = new ApiClient(port);
        byte[] pdf = bytes(web, "/public/reports/lanxi-lanhe/2020.pdf");
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("兰西县兰河乡人民政府2020年政府信息公开工作年度报告");
        }
        try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes(web, "/public/reports/lanxi-lanhe/2020.docx")))) {
            assertThat(doc.getTables()).hasSize(7);
        }
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(web, "/public/reports/lanxi-lanhe/2020.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        }
        assertThat(web.get("/public/reports/lanxi-lanhe/2020.json", null).json().get("format").asText()).isEqualTo("GOV_2019");
        assertThat(web.get("/public/reports/lanxi-lanhe/2020.csv", null).body()).contains("natural_person,自然人");
        assertThat(web.get("/public/opendata/2020.csv", null).body()).contains("lanxi-lanhe");
    }

    @Test
    void narrative_html_is_escaped_on_the_portal() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UnitView county = units.create("pc-" + tag, "测试县" + tag, "测试县", UnitKind.COUNTY_GOVERNMENT, null);
        UnitView town = units.create("pt-" + tag, "测试县" + tag + "甲乡人民政府", "甲乡", UnitKind.XIANG, county.code());
        publicReports.importPublished(SeedReport.content().withUnit(town.ref()).withText("s6", "<script>alert('x')</script><b>粗</b>"));

        String body = new ApiClient(port).get("/public/reports/" + town.code() + "/2020", null).body();
        assertThat(body).doesNotContain("<script>alert").doesNotContain("<b>粗</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;粗&lt;/b&gt;");
    }

    private byte[] bytes(ApiClient web, String path) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
