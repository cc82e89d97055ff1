package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.app.NianbaoApplication;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * A province deployment from nothing, through the API only: the first administrator imports a generated province
 * (1 province, 13 cities, 130 counties, 15,000 units) from an XLSX sheet and its 45,000 people from a CSV sheet,
 * imports both again in the other format with no change, and hands the one-time passwords to the offices, who
 * read the province's cockpit and 汇总 (with 20,000 reports seeded beside the import) and nothing beyond their
 * area. Its own database and application (no demo data), so nothing of the province leaks into other tests. The
 * lines starting with BENCH are what {@code bench/province.sh} records; nothing here is timed as pass or fail.
 */
@SpringBootTest(classes = {NianbaoApplication.class, TestDatabaseConfig.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nianbao.demo.enabled=false", "nianbao.admin.initial-password=" + ProvinceOnboardingTest.FIRST_PASSWORD,
                "flowable.async-executor-activate=false", "logging.level.root=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvinceOnboardingTest {

    static final String FIRST_PASSWORD = "First-Admin-2026";
    static final String ADMIN_PASSWORD = "Province-Chief-2026";
    static final int CITIES = 13;
    static final int COUNTIES_PER_CITY = 10;
    static final int CITY_DEPARTMENTS = 30;
    static final int COUNTY_DEPARTMENTS = 30;
    static final int TOWNSHIPS_PER_COUNTY = 80;
    static final int PROVINCE_DEPARTMENTS = 22;
    static final int PEOPLE = 45_000;
    static final int REPORTS = 20_000;
    static final int YEAR = 2025;
    static final String PROVINCE = "hlj";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportFormats formats;
    @Autowired cn.nianbao.domain.report.PublishedReports publishedReports;

    ApiClient api;
    final List<List<String>> unitRows = new ArrayList<>();
    final List<List<String>> peopleRows = new ArrayList<>();
    /** Reporting units by the city they lie in (the province's own units under the province's code). */
    final Map<String, List<String>> reportingByCity = new LinkedHashMap<>();
    final Map<String, String> passwords = new HashMap<>();
    /** Per city, how many of its reporting units have a 2025 report in each status (NONE: none). */
    final Map<String, Map<String, Long>> expectedBelow = new TreeMap<>();
    long published;
    String cellA;
    String cellB;

    @BeforeAll
    void generate() {
        api = new ApiClient(port);
        unitRows.add(List.of("code", "name", "short_name", "kind", "parent_code"));
        unit(PROVINCE, "黑龙江省", "PROVINCE", "");
        reportingByCity.put(PROVINCE, new ArrayList<>());
        reporting(PROVINCE, PROVINCE + "-gov", "黑龙江省人民政府", "PROVINCE_GOVERNMENT", PROVINCE);
        for (int d = 0; d < PROVINCE_DEPARTMENTS; d++) {
            reporting(PROVINCE, PROVINCE + "-d" + d, "省直部门" + d, "PROVINCE_DEPARTMENT", PROVINCE);
        }
        for (int c = 0; c < CITIES; c++) {
            String city = "c" + c;
            reportingByCity.put(city, new ArrayList<>());
            unit(city, "第" + c + "市", "CITY", PROVINCE);
            reporting(city, city + "-gov", "第" + c + "市人民政府", "CITY_GOVERNMENT", city);
            for (int d = 0; d < CITY_DEPARTMENTS; d++) {
                reporting(city, city + "-d" + d, "第" + c + "市直部门" + d, "CITY_DEPARTMENT", city);
            }
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                String county = city + "k" + k;
                unit(county, "第" + c + "市第" + k + "县", "COUNTY", city);
                reporting(city, county + "-gov", "第" + k + "县人民政府", "COUNTY_GOVERNMENT", county);
                for (int d = 0; d < COUNTY_DEPARTMENTS; d++) {
                    reporting(city, county + "-d" + d, "第" + k + "县直部门" + d, "COUNTY_DEPARTMENT", county);
                }
                for (int u = 0; u < TOWNSHIPS_PER_COUNTY; u++) {
                    reporting(city, county + "-t" + u, "第" + k + "县第" + u + "乡镇", u % 3 == 0 ? "ZHEN" : u % 3 == 1 ? "XIANG" : "JIEDAO", county);
                }
            }
        }
        peopleRows.add(List.of("username", "display_name", "email", "unit_code", "roles"));
        office(PROVINCE, "PROVINCE_OFFICE");
        for (int c = 0; c < CITIES; c++) {
            office("c" + c, "CITY_OFFICE");
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                office("c" + c + "k" + k, "COUNTY_OFFICE");
            }
        }
        List<String> all = reportingByCity.values().stream().flatMap(List::stream).toList();
        for (String code : all) {
            person(code + ".clerk", "起草人", code, "CLERK");
            person(code + ".secrecy", "保密审查员", code, "SECRECY_REVIEWER");
            person(code + ".leader", "分管领导", code, "LEADER");
        }
        // deputies with two roles until the province has its 45,000 people
        for (int i = 0; peopleRows.size() - 1 < PEOPLE; i++) {
            person(all.get(i) + ".deputy", "副职", all.get(i), "CLERK|LEADER");
        }
    }

    private void unit(String code, String name, String kind, String parent) {
        unitRows.add(List.of(code, name, "", kind, parent));
    }

    private void reporting(String city, String code, String name, String kind, String parent) {
        unit(code, name, kind, parent);
        reportingByCity.get(city).add(code);
    }

    private void office(String area, String role) {
        person(area + ".office", "政府办公室", area, role);
    }

    private void person(String username, String name, String unit, String roles) {
        peopleRows.add(List.of(username, unit + name, username + "@gov.example.cn", unit, roles));
    }

    @Test
    @Order(1)
    void the_first_administrator_imports_the_province_from_its_sheets_and_again_with_no_change() throws Exception {
        assertThat(unitRows).hasSize(15_001);
        assertThat(peopleRows).hasSize(PEOPLE + 1);
        assertThat(api.sendAs("POST", "/api/v1/me/password", "admin", FIRST_PASSWORD,
                ("{\"old\":\"" + FIRST_PASSWORD + "\",\"new\":\"" + ADMIN_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(204);

        byte[] unitsXlsx = xlsx(unitRows);
        byte[] peopleCsv = csv(peopleRows);
        long t0 = System.nanoTime();
        JsonNode dryUnits = upload("/api/v1/units/import?dryRun=true", "units.xlsx", unitsXlsx).json();
        long t1 = System.nanoTime();
        assertThat(dryUnits.get("ok").asBoolean()).isTrue();
        assertThat(dryUnits.get("created").asInt()).isEqualTo(15_000);
        JsonNode units = upload("/api/v1/units/import", "units.xlsx", unitsXlsx).json();
        long t2 = System.nanoTime();
        assertThat(units.toString()).isEqualTo("{\"created\":15000,\"updated\":0,\"unchanged\":0}");

        JsonNode dryPeople = upload("/api/v1/users/import?dryRun=true", "people.csv", peopleCsv).json();
        long t3 = System.nanoTime();
        assertThat(dryPeople.get("ok").asBoolean()).as(dryPeople.path("problems").toString()).isTrue();
        ApiClient.Reply imported = upload("/api/v1/users/import", "people.csv", peopleCsv);
        long t4 = System.nanoTime();
        JsonNode people = imported.json();
        assertThat(people.get("created").asInt()).isEqualTo(PEOPLE);
        assertThat(people.get("passwords")).hasSize(PEOPLE);
        people.get("passwords").forEach(p -> passwords.put(p.get("username").asText(), p.get("password").asText()));
        assertThat(passwords).hasSize(PEOPLE).containsKeys("hlj.office", "c1.office", "c1k1.office", "c12k9-t79.clerk");

        // the same province again, each sheet in the other format: nothing changes, no password is issued
        JsonNode unitsAgain = upload("/api/v1/units/import", "units.csv", csv(unitRows)).json();
        long t5 = System.nanoTime();
        assertThat(unitsAgain.toString()).isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":15000}");
        byte[] peopleXlsx = xlsx(peopleRows);
        long t6 = System.nanoTime();
        JsonNode peopleAgain = upload("/api/v1/users/import", "people.xlsx", peopleXlsx).json();
        long t7 = System.nanoTime();
        assertThat(peopleAgain.toString()).isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":" + PEOPLE + ",\"passwords\":[]}");

        System.out.printf("BENCH units sheet, XLSX %d KiB: dry run %d ms, import of 15,000 units %d ms; again as CSV %d ms%n",
                unitsXlsx.length / 1024, ms(t0, t1), ms(t1, t2), ms(t4, t5));
        System.out.printf("BENCH people sheet, CSV %d KiB: dry run %d ms, import of %d people with one-time passwords %d ms%n",
                peopleCsv.length / 1024, ms(t2, t3), PEOPLE, ms(t3, t4));
        System.out.printf("BENCH people sheet again as XLSX %d KiB (nothing to change): %d ms%n", peopleXlsx.length / 1024, ms(t6, t7));

        JsonNode town = api.sendAs("GET", "/api/v1/users?unit=c12k9-t79", "admin", ADMIN_PASSWORD, null).json();
        assertThat(town.get("total").asLong()).isEqualTo(3);
        List<String> roles = new ArrayList<>();
        town.get("users").forEach(u -> u.get("roles").forEach(r -> roles.add(u.get("username").asText() + " "
                + r.get("role").asText() + "@" + r.get("unit").asText())));
        assertThat(roles).containsExactly("c12k9-t79.clerk CLERK@c12k9-t79", "c12k9-t79.leader LEADER@c12k9-t79",
                "c12k9-t79.secrecy SECRECY_REVIEWER@c12k9-t79");
        assertThat(api.sendAs("GET", "/api/v1/users", "admin", ADMIN_PASSWORD, null).json().get("total").asLong())
                .isEqualTo(PEOPLE + 1);
        assertThat(api.sendAs("GET", "/api/v1/units/c3k4", "admin", ADMIN_PASSWORD, null).json().get("path").asText())
                .isEqualTo("/hlj/c3/c3k4/");
        assertThat(api.sendAs("GET", "/api/v1/units?parent=c3k4", "admin", ADMIN_PASSWORD, null).json().get("total").asLong())
                .isEqualTo(1 + COUNTY_DEPARTMENTS + TOWNSHIPS_PER_COUNTY);
        assertThat(api.sendAs("GET", "/api/v1/units?parent=hlj", "admin", ADMIN_PASSWORD, null).json().get("total").asLong())
                .isEqualTo(1 + PROVINCE_DEPARTMENTS + CITIES);
        assertThat(jdbc.queryForObject("select count(*) from app_user where must_change_password and password_hash like '{bcrypt}$2a$04$%'",
                Long.class)).isEqualTo(PEOPLE);
        assertThat(api.sendAs("GET", "/api/v1/audit?action=USER_IMPORT", "admin", ADMIN_PASSWORD, null).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void the_offices_read_the_province_cockpit_and_totals_and_nothing_beyond_their_area() {
        seedReports();
        String province = signIn("hlj.office");
        JsonNode cockpit = api.sendAs("GET", "/api/v1/units/hlj/cockpit/" + YEAR, "hlj.office", province, null).json();
        assertThat(cockpit.get("total").asLong()).isEqualTo(CITIES + 1 + PROVINCE_DEPARTMENTS);
        Map<String, Map<String, Long>> below = new TreeMap<>();
        cockpit.get("rows").forEach(r -> {
            if (r.get("area").asBoolean()) {
                Map<String, Long> counts = new TreeMap<>();
                r.get("below").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
                below.put(r.get("code").asText(), counts);
            }
        });
        assertThat(below).isEqualTo(expectedBelow);
        JsonNode gov = null;
        for (JsonNode r : cockpit.get("rows")) {
            if (r.get("code").asText().equals("hlj-gov")) {
                gov = r;
            }
        }
        assertThat(gov.get("status").asText()).isEqualTo(statusOf(0));

        JsonNode totals = api.sendAs("GET", "/api/v1/units/hlj/totals/" + YEAR, "hlj.office", province, null).json();
        assertThat(totals.get("publishedUnits").asLong()).isEqualTo(published);
        assertThat(totals.at("/cells/" + cellA.replace("/", "~1")).decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(published));
        assertThat(totals.at("/cells/" + cellB.replace("/", "~1")).decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(2 * published));
        JsonNode byCity = api.sendAs("GET", "/api/v1/units/hlj/totals/" + YEAR + "?cell=" + cellA, "hlj.office", province, null).json();
        Map<String, Long> cityValues = new TreeMap<>();
        byCity.forEach(c -> {
            if (c.get("area").asBoolean()) {
                cityValues.put(c.get("code").asText(), c.get("value").longValue());
            }
        });
        Map<String, Long> expectedValues = new TreeMap<>();
        expectedBelow.forEach((city, counts) -> expectedValues.put(city, counts.getOrDefault("PUBLISHED", 0L)));
        assertThat(cityValues).isEqualTo(expectedValues);

        long t0 = System.nanoTime();
        int runs = 5;
        for (int i = 0; i < runs; i++) {
            api.sendAs("GET", "/api/v1/units/hlj/cockpit/" + YEAR, "hlj.office", province, null);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            api.sendAs("GET", "/api/v1/units/hlj/totals/" + YEAR, "hlj.office", province, null);
        }
        long t2 = System.nanoTime();
        System.out.printf("BENCH over the API (HTTP Basic, %d reports): province cockpit %d ms, province totals %d ms (mean of %d)%n",
                REPORTS, ms(t0, t1) / runs, ms(t1, t2) / runs, runs);

        // a city office reads its city down to a county, not another city, and administers nothing
        String city = signIn("c1.office");
        assertThat(api.sendAs("GET", "/api/v1/units/c1/cockpit/" + YEAR, "c1.office", city, null).json().get("total").asLong())
                .isEqualTo(1 + CITY_DEPARTMENTS + COUNTIES_PER_CITY);
        JsonNode county = api.sendAs("GET", "/api/v1/units/c1k3/cockpit/" + YEAR, "c1.office", city, null).json();
        assertThat(county.get("total").asLong()).isEqualTo(1 + COUNTY_DEPARTMENTS + TOWNSHIPS_PER_COUNTY);
        assertThat(api.sendAs("GET", "/api/v1/units/c1/totals/" + YEAR, "c1.office", city, null).json().get("publishedUnits")
                .asLong()).isEqualTo(expectedBelow.get("c1").getOrDefault("PUBLISHED", 0L));
        assertThat(api.sendAs("GET", "/api/v1/units/c2/cockpit/" + YEAR, "c1.office", city, null).status()).isEqualTo(403);
        assertThat(api.sendAs("GET", "/api/v1/units/c2k0/totals/" + YEAR, "c1.office", city, null).status()).isEqualTo(403);
        assertThat(api.sendAs("GET", "/api/v1/units/hlj/cockpit/" + YEAR, "c1.office", city, null).status()).isEqualTo(403);
        assertThat(api.sendAs("GET", "/api/v1/users", "c1.office", city, null).status()).isEqualTo(403);

        // a county office reads its county, and the administration API refuses it
        String countyPassword = signIn("c1k3.office");
        assertThat(api.sendAs("GET", "/api/v1/units/c1k3/cockpit/" + YEAR, "c1k3.office", countyPassword, null).status()).isEqualTo(200);
        assertThat(api.sendAs("GET", "/api/v1/units/c1/cockpit/" + YEAR, "c1k3.office", countyPassword, null).status()).isEqualTo(403);
        assertThat(api.sendAs("GET", "/api/v1/units/c1k4/cockpit/" + YEAR, "c1k3.office", countyPassword, null).status()).isEqualTo(403);
        for (String[] call : List.of(new String[] {"GET", "/api/v1/users?unit=c1k3"}, new String[] {"GET", "/api/v1/units?parent=c1k3"},
                new String[] {"POST", "/api/v1/users"}, new String[] {"PATCH", "/api/v1/users/c1k3-t0.clerk"},
                new String[] {"POST", "/api/v1/users/c1k3-t0.clerk/roles"},
                new String[] {"DELETE", "/api/v1/users/c1k3-t0.clerk/roles/CLERK@c1k3-t0"})) {
            byte[] body = call[0].equals("GET") || call[0].equals("DELETE") ? null
                    : "{\"display_name\":\"某人\",\"username\":\"x1\",\"role\":\"CLERK\",\"unit\":\"c1k3-t0\"}".getBytes(StandardCharsets.UTF_8);
            ApiClient.Reply refused = api.sendAs(call[0], call[1], "c1k3.office", countyPassword, body);
            assertThat(refused.status()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.upload("/api/v1/users/import?dryRun=true", "c1k3.office", countyPassword, "people.csv",
                csv(peopleRows.subList(0, 2))).status()).isEqualTo(403);
        assertThat(api.upload("/api/v1/units/import?dryRun=true", "c1k3.office", countyPassword, "units.csv",
                csv(unitRows.subList(0, 2))).status()).isEqualTo(403);
    }

    /** The office person's first sign-in: the one-time password from the import, changed at once. */
    private String signIn(String username) {
        String own = "Own-" + username.replace('.', '-') + "-2026";
        assertThat(api.sendAs("GET", "/api/v1/tasks", username, passwords.get(username), null).json().get("error").asText())
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(api.sendAs("POST", "/api/v1/me/password", username, passwords.get(username),
                ("{\"old\":\"" + passwords.get(username) + "\",\"new\":\"" + own + "\"}").getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(204);
        return own;
    }

    private static String statusOf(int i) {
        return switch (i % 5) {
            case 0 -> "PUBLISHED";
            case 1 -> "DRAFT";
            case 2 -> "IN_SECRECY_REVIEW";
            default -> "NONE";
        };
    }

    /**
     * 20,000 reports beside the import, written straight into the tables as the province test of the domain does
     * (their content is not what is read here): three units in five have one of 2025 (published, draft, in
     * 保密审查); the rest of the 20,000 are last year's, published.
     */
    private void seedReports() {
        String format = formats.forYear(YEAR).id();
        List<String> cells = new ArrayList<>(formats.forYear(YEAR).cells().keySet());
        cellA = cells.get(0);
        cellB = cells.get(1);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        reportingByCity.forEach((city, codes) -> {
            Map<String, Long> counts = new TreeMap<>();
            for (int i = 0; i < codes.size(); i++) {
                String status = statusOf(i);
                boolean directChildOfProvince = city.equals(PROVINCE);
                if (!directChildOfProvince) {
                    counts.merge(status, 1L, Long::sum);
                }
                if (!status.equals("NONE")) {
                    rows.add(new Object[] {codes.get(i), YEAR, format, status, now, now});
                    if (status.equals("PUBLISHED")) {
                        published++;
                    }
                }
            }
            if (!city.equals(PROVINCE)) {
                expectedBelow.put(city, counts);
            }
        });
        String lastFormat = formats.forYear(YEAR - 1).id();
        List<String> all = reportingByCity.values().stream().flatMap(List::stream).toList();
        for (int i = 0; rows.size() < REPORTS; i++) {
            rows.add(new Object[] {all.get(i), YEAR - 1, lastFormat, "PUBLISHED", now, now});
        }
        jdbc.batchUpdate("insert into report (unit_id, report_year, format_id, status, version, created_at, updated_at) "
                + "values ((select id from unit where code = ?), ?, ?, ?, 0, ?, ?)", rows);
        jdbc.update("insert into report_publication (report_id, published_at, published_by, content_json, content_hash) "
                + "select r.id, ?, 'system', '{}', 'x' from report r where r.status = 'PUBLISHED'", now);
        jdbc.update("insert into publication_cell (publication_id, cell_key, cell_value) select p.id, ?, 1 from report_publication p",
                cellA);
        jdbc.update("insert into publication_cell (publication_id, cell_key, cell_value) select p.id, ?, 2 from report_publication p",
                cellB);
        // written by SQL, around the publications' running sums: count them once, as a bulk load would
        publishedReports.recountSums();
        assertThat(jdbc.queryForObject("select count(*) from report", Long.class)).isEqualTo(REPORTS);
    }

    private ApiClient.Reply upload(String path, String fileName, byte[] file) {
        ApiClient.Reply r = api.upload(path, "admin", ADMIN_PASSWORD, fileName, file);
        assertThat(r.status()).as(r.body().length() > 2000 ? r.body().substring(0, 2000) : r.body()).isEqualTo(200);
        return r;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            out.append(String.join(",", row)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook as a spreadsheet program writes it, streamed so that the test's own memory stays small. */
    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = book.createSheet("sheet");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }
}
