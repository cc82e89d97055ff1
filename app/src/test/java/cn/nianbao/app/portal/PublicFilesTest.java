package cn.nianbao.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.artefact.PublicArtefactStore;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

import jakarta.persistence.EntityManagerFactory;

@AppTest
class PublicFilesTest {

    @LocalServerPort int port;
    @Autowired PublishedReports published;
    @Autowired PublicArtefactStore store;
    @Autowired UnitService units;
    @Autowired EntityManagerFactory emf;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_report_is_rendered_once_stored_with_its_hashes_and_served_from_memory_without_sql() throws Exception {
        String code = publishedTownship();
        Long publicationId = published.summary(code, 2020).flatMap(s -> published.currentVersion(s.id())).orElseThrow().id();
        assertThat(store.hashes(publicationId)).isEmpty(); // imported, not published through the route: nothing yet

        HttpResponse<String> page = get("/public/reports/" + code + "/2020", HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        // the first read rendered and stored the page and every download
        assertThat(store.hashes(publicationId).keySet())
                .containsExactlyInAnyOrder("PAGE", "PDF", "DOCX", "XLSX", "JSON", "CSV");

        HttpResponse<byte[]> pdf = get("/public/reports/" + code + "/2020.pdf", HttpResponse.BodyHandlers.ofByteArray());
        String pdfHash = PublicArtefactStore.sha256(pdf.body());
        assertThat(pdfHash).isEqualTo(store.hashes(publicationId).get("PDF"));
        assertThat(page.body()).contains("SHA-256 " + pdfHash);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains(code + "-2020.pdf");

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        for (int i = 0; i < 20; i++) {
            assertThat(get("/public/reports/" + code + "/2020", HttpResponse.BodyHandlers.ofString()).body())
                    .isEqualTo(page.body());
            assertThat(get("/public/reports/" + code + "/2020.pdf", HttpResponse.BodyHandlers.ofByteArray()).body())
                    .isEqualTo(pdf.body());
        }
        assertThat(stats.getPrepareStatementCount() - before).as("SQL statements of 40 cached reads").isZero();
    }

    @Test
    void confirming_a_cached_file_is_one_query_that_names_the_current_version() {
        String code = publishedTownship();
        Long publicationId = published.summary(code, 2020).flatMap(s -> published.currentVersion(s.id())).orElseThrow().id();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();

        assertThat(published.currentStamp(code, 2020).orElseThrow().id()).isEqualTo(publicationId);

        assertThat(stats.getPrepareStatementCount() - before).as("SQL statements of one confirmation").isEqualTo(1);
        assertThat(published.currentStamp(code, 2019)).isEmpty();
        assertThat(published.currentStamp("no-such-unit", 2020)).isEmpty();
    }

    @Test
    void the_index_number_counts_the_countys_publications_of_the_year_in_order() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UnitView county = units.create("ic-" + tag, "索引县" + tag, "索引县", UnitKind.COUNTY_GOVERNMENT, null);
        UnitView first = units.create("ia-" + tag, "索引县" + tag + "甲乡人民政府", "甲乡", UnitKind.XIANG, county.code());
        UnitView second = units.create("ib-" + tag, "索引县" + tag + "乙乡人民政府", "乙乡", UnitKind.XIANG, county.code());
        published.importPublished(SeedReport.content().withUnit(second.ref()));
        published.importPublished(SeedReport.content().withUnit(first.ref()));

        assertThat(get("/public/reports/" + second.code() + "/2020", HttpResponse.BodyHandlers.ofString()).body())
                .contains("ic-" + tag + "-2020-00001").doesNotContain(second.code() + "/2020-");
        assertThat(get("/public/reports/" + first.code() + "/2020", HttpResponse.BodyHandlers.ofString()).body())
                .contains("ic-" + tag + "-2020-00002");
    }

    @Test
    void a_years_open_data_is_one_query_streamed_with_every_published_report() throws Exception {
        String first = publishedTownship();
        String second = publishedTownship();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();

        HttpResponse<String> csv = get("/public/opendata/2020.csv", HttpResponse.BodyHandlers.ofString());

        assertThat(stats.getPrepareStatementCount() - before).as("SQL statements of the year's CSV").isEqualTo(1);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("nianbao-2020.csv");
        assertThat(csv.body()).startsWith("\uFEFFunit_code,unit_name,year,")
                .contains("\r\n" + first + ",").contains("\r\n" + second + ",").contains("\r\nlanxi-lanhe,");
        long rowsOfFirst = csv.body().lines().filter(l -> l.startsWith(first + ",")).count();
        assertThat(rowsOfFirst).isEqualTo(csv.body().lines().filter(l -> l.startsWith(second + ",")).count()).isPositive();
    }

    @Test
    void headers_are_public_and_revalidated_and_a_repeat_read_is_304_without_a_session() throws Exception {
        String code = publishedTownship();
        HttpResponse<String> page = get("/public/reports/" + code + "/2020", HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Cache-Control")).contains("public, max-age=60, must-revalidate");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html;charset=UTF-8");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{24}\"");

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/public/reports/" + code + "/2020"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> since = http.send(HttpRequest.newBuilder(uri("/public/reports/" + code + "/2020"))
                .header("If-Modified-Since", page.headers().firstValue("Last-Modified").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(since.statusCode()).isEqualTo(304);

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/public/reports/" + code + "/2020.xlsx"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length").orElseThrow()).isPositive();
        assertThat(head.body()).isEmpty();

        // anything the portal does not have still gets the portal's Chinese not-found page
        HttpResponse<String> missing = get("/public/reports/" + code + "/2019", HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("未找到");
        assertThat(get("/public/reports/" + code + "/2020.exe", HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
    }

    private String publishedTownship() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UnitView county = units.create("fc-" + tag, "文件县" + tag, "文件县", UnitKind.COUNTY_GOVERNMENT, null);
        UnitView town = units.create("ft-" + tag, "文件县" + tag + "乙乡人民政府", "乙乡", UnitKind.XIANG, county.code());
        published.importPublished(SeedReport.content().withUnit(town.ref()));
        return town.code();
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), body);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
