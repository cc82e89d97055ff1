package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * A generated province (1 province, 13 cities, 130 counties, ~15,000 units, 20,020 reports of which 3,900 published
 * this year) seeded with JDBC batches: the cockpit and the totals answer right at each level, by SQL over the tree. It also prints how long the
 * province's reads take ({@code bench/province.sh} runs it and records the figures); nothing here is timed as a
 * pass or fail.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceOversightTest {

    static final int CITIES = 13;
    static final int COUNTIES_PER_CITY = 10;
    static final int UNITS_PER_COUNTY = 115;
    // of the 115 units of each county, those with a report of the year: the first 30 published, the next 40
    // drafts, 20 in 保密审查 and 10 in 县级审核; the remaining 15 have none. The first 54 also have last year's,
    // published: 13,000 + 7,020 = 20,020 reports in all, the size the cockpit's ≤ 300 ms goal is stated for.
    static final int PUBLISHED_PER_COUNTY = 30;
    static final int DRAFTS_PER_COUNTY = 40;
    static final int IN_SECRECY_PER_COUNTY = 20;
    static final int IN_COUNTY_REVIEW_PER_COUNTY = 10;
    static final int WITH_REPORT_PER_COUNTY = PUBLISHED_PER_COUNTY + DRAFTS_PER_COUNTY + IN_SECRECY_PER_COUNTY
            + IN_COUNTY_REVIEW_PER_COUNTY;
    static final int LAST_YEAR_PER_COUNTY = 54;
    static final int YEAR = 2025;

    @Autowired JdbcTemplate jdbc;
    @Autowired AreaCockpit cockpit;
    @Autowired PublishedReports published;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired ReportFormats formats;

    final String t = "pv" + UUID.randomUUID().toString().substring(0, 6);
    String cellA;
    String cellB;
    Actor provinceOffice;
    Actor cityOffice;

    @BeforeAll
    void seed() {
        String formatId = formats.forYear(YEAR).id();
        List<String> cells = new ArrayList<>(formats.forYear(YEAR).cells().keySet());
        cellA = cells.get(0);
        cellB = cells.get(1);
        long started = System.nanoTime();
        List<Object[]> unitRows = new ArrayList<>();
        unitRows.add(unit(t, "测试省", "PROVINCE", null, "/" + t + "/"));
        for (int c = 0; c < CITIES; c++) {
            String city = t + "-c" + c;
            String cityPath = "/" + t + "/" + city + "/";
            unitRows.add(unit(city, "第" + c + "市", "CITY", t, cityPath));
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                String county = city + "-k" + k;
                String countyPath = cityPath + county + "/";
                unitRows.add(unit(county, "第" + k + "县", "COUNTY", city, countyPath));
                for (int u = 0; u < UNITS_PER_COUNTY; u++) {
                    String code = county + "-u" + String.format("%03d", u);
                    unitRows.add(unit(code, "第" + u + "乡", u % 2 == 0 ? "XIANG" : "COUNTY_DEPARTMENT", county,
                            countyPath + code + "/"));
                }
            }
        }
        // a level at a time: the driver sends a batch as multi-row inserts, whose parent lookups see only
        // rows of earlier statements
        for (int depth = 1; depth <= 4; depth++) {
            int d = depth;
            jdbc.batchUpdate("insert into unit (code, name, short_name, kind, parent_id, path) "
                    + "values (?, ?, ?, ?, (select p.id from unit p where p.code = ?), ?)",
                    unitRows.stream().filter(r -> ((String) r[5]).split("/").length - 1 == d).toList());
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> reportRows = new ArrayList<>();
        String lastYearFormat = formats.forYear(YEAR - 1).id();
        for (int c = 0; c < CITIES; c++) {
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                for (int u = 0; u < WITH_REPORT_PER_COUNTY; u++) {
                    String code = t + "-c" + c + "-k" + k + "-u" + String.format("%03d", u);
                    reportRows.add(new Object[] {code, YEAR, formatId, statusOf(u), now, now});
                    if (u < LAST_YEAR_PER_COUNTY) {
                        reportRows.add(new Object[] {code, YEAR - 1, lastYearFormat, "PUBLISHED", now, now});
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into report (unit_id, report_year, format_id, status, version, created_at, updated_at) "
                + "values ((select id from unit where code = ?), ?, ?, ?, 0, ?, ?)", reportRows);
        jdbc.update("insert into report_publication (report_id, published_at, published_by, content_json, content_hash) "
                + "select r.id, ?, 'system', '{}', 'x' from report r join unit u on u.id = r.unit_id "
                + "where u.path like ? and r.status = 'PUBLISHED'", now, "/" + t + "/%");
        // cellA = 1 in each report, cellB = 2; a correction of one report replaces its old, larger numbers
        jdbc.update("insert into publication_cell (publication_id, cell_key, cell_value) select p.id, ?, 1 "
                + "from report_publication p join report r on r.id = p.report_id join unit u on u.id = r.unit_id "
                + "where u.path like ?", cellA, "/" + t + "/%");
        jdbc.update("insert into publication_cell (publication_id, cell_key, cell_value) select p.id, ?, 2 "
                + "from report_publication p join report r on r.id = p.report_id join unit u on u.id = r.unit_id "
                + "where u.path like ?", cellB, "/" + t + "/%");
        Long corrected = jdbc.queryForObject("select r.id from report r join unit u on u.id = r.unit_id where u.code = ? and r.report_year = ?",
                Long.class, t + "-c0-k0-u000", YEAR);
        Long older = jdbc.queryForObject("select id from report_publication where report_id = ?", Long.class, corrected);
        jdbc.update("update publication_cell set cell_value = 100 where publication_id = ?", older);
        jdbc.update("insert into report_publication (report_id, published_at, published_by, content_json, content_hash) "
                + "values (?, ?, 'system', '{}', 'y')", corrected, now);
        Long newer = jdbc.queryForObject("select max(id) from report_publication where report_id = ?", Long.class, corrected);
        jdbc.update("insert into publication_cell (publication_id, cell_key, cell_value) values (?, ?, 1), (?, ?, 2)",
                newer, cellA, newer, cellB);

        // written by SQL, around the publications' running sums: count them once, as a bulk load would
        published.recountSums();
        // a live database's autovacuum has long since analysed its tables; right after a bulk load of this size it
        // may not have yet, and the planner then guesses: the cockpit took 0.6–1.4 s instead of some 30 ms in two
        // runs of 2026-12-04 (bench/README.md), depending on whether autovacuum had come by before the timing
        jdbc.execute("analyze");
        System.out.printf("province seeded: %d units, %d reports in %d ms%n", unitRows.size(), reportRows.size(),
                (System.nanoTime() - started) / 1_000_000);
        provinceOffice = person("po", Role.PROVINCE_OFFICE, t);
        cityOffice = person("co", Role.CITY_OFFICE, t + "-c1");
    }

    private static String statusOf(int u) {
        if (u < PUBLISHED_PER_COUNTY) {
            return "PUBLISHED";
        }
        if (u < PUBLISHED_PER_COUNTY + DRAFTS_PER_COUNTY) {
            return "DRAFT";
        }
        return u < PUBLISHED_PER_COUNTY + DRAFTS_PER_COUNTY + IN_SECRECY_PER_COUNTY ? "IN_SECRECY_REVIEW" : "IN_COUNTY_REVIEW";
    }

    private static Object[] unit(String code, String name, String kind, String parent, String path) {
        return new Object[] {code, name, name, kind, parent, path};
    }

    private Actor person(String who, Role role, String unitCode) {
        String username = who + "." + t;
        users.create(username, "secret-pw", who, username + "@example.test");
        return users.grant(username, role, units.findByCode(unitCode).orElseThrow().id()).actor();
    }

    private Long id(String code) {
        return units.findByCode(code).map(UnitView::id).orElseThrow();
    }

    @Test
    void the_province_cockpit_shows_its_cities_with_the_status_of_every_unit_below_each() {
        AreaCockpit.Page page = cockpit.children(provinceOffice, t, YEAR, 0, null);

        assertThat(page.total()).isEqualTo(CITIES);
        assertThat(page.rows()).hasSize(CITIES).allSatisfy(row -> {
            assertThat(row.area()).isTrue();
            assertThat(row.below()).containsOnly(
                    Map.entry("PUBLISHED", (long) COUNTIES_PER_CITY * PUBLISHED_PER_COUNTY),
                    Map.entry("DRAFT", (long) COUNTIES_PER_CITY * DRAFTS_PER_COUNTY),
                    Map.entry("IN_SECRECY_REVIEW", (long) COUNTIES_PER_CITY * IN_SECRECY_PER_COUNTY),
                    Map.entry("IN_COUNTY_REVIEW", (long) COUNTIES_PER_CITY * IN_COUNTY_REVIEW_PER_COUNTY),
                    Map.entry("NONE", (long) COUNTIES_PER_CITY * (UNITS_PER_COUNTY - WITH_REPORT_PER_COUNTY)));
        });
    }

    @Test
    void a_county_cockpit_pages_its_units_with_status_deadline_and_filter() {
        String county = t + "-c1-k2";
        AreaCockpit.Page first = cockpit.children(cityOffice, county, YEAR, 0, null);
        AreaCockpit.Page last = cockpit.children(cityOffice, county, YEAR, 2, null);

        assertThat(first.total()).isEqualTo(UNITS_PER_COUNTY);
        assertThat(first.rows()).hasSize(AreaCockpit.PAGE_SIZE);
        assertThat(last.rows()).hasSize(UNITS_PER_COUNTY - 2 * AreaCockpit.PAGE_SIZE);
        assertThat(first.rows().get(0)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(county + "-u000");
            assertThat(r.status()).isEqualTo("PUBLISHED");
            assertThat(r.overdue()).isFalse();
            assertThat(r.deadline()).isEqualTo(java.time.LocalDate.of(YEAR + 1, 1, 31));
        });
        assertThat(first.rows().get(PUBLISHED_PER_COUNTY).status()).isEqualTo("DRAFT");
        assertThat(last.rows().get(last.rows().size() - 1).status()).isEqualTo(AreaCockpit.NO_REPORT);
        AreaCockpit.Page inReview = cockpit.children(cityOffice, county, YEAR, 0, "IN_COUNTY_REVIEW");
        assertThat(inReview.total()).isEqualTo(IN_COUNTY_REVIEW_PER_COUNTY);
        assertThat(inReview.rows()).extracting(AreaCockpit.Row::code).first()
                .isEqualTo(county + "-u" + String.format("%03d", WITH_REPORT_PER_COUNTY - IN_COUNTY_REVIEW_PER_COUNTY));
        assertThat(cockpit.children(cityOffice, county, YEAR, 0, "NONE").total())
                .isEqualTo(UNITS_PER_COUNTY - WITH_REPORT_PER_COUNTY);
    }

    @Test
    void a_city_office_may_not_read_another_citys_cockpit_and_a_bad_status_is_refused() {
        assertThatThrownBy(() -> cockpit.children(cityOffice, t + "-c2", YEAR, 0, null)).isInstanceOfSatisfying(
                Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> cockpit.children(cityOffice, t + "-c1", YEAR, 0, "DONE")).isInstanceOfSatisfying(
                Refusal.class, e -> assertThat(e.code()).isEqualTo("BAD_STATUS"));
    }

    @Test
    void the_totals_sum_the_current_published_versions_of_the_whole_subtree_at_every_level() {
        long reports = (long) CITIES * COUNTIES_PER_CITY * PUBLISHED_PER_COUNTY;
        Map<String, BigDecimal> province = published.sumCells(id(t), YEAR);
        assertThat(province.get(cellA)).isEqualByComparingTo(BigDecimal.valueOf(reports));
        assertThat(province.get(cellB)).isEqualByComparingTo(BigDecimal.valueOf(2 * reports));
        assertThat(published.count(id(t), YEAR)).isEqualTo(reports);

        int perCity = COUNTIES_PER_CITY * PUBLISHED_PER_COUNTY;
        assertThat(published.sumCells(id(t + "-c0"), YEAR).get(cellA)).isEqualByComparingTo(BigDecimal.valueOf(perCity));
        assertThat(published.sumCells(id(t + "-c0-k0"), YEAR).get(cellB))
                .isEqualByComparingTo(BigDecimal.valueOf(2 * PUBLISHED_PER_COUNTY));

        Map<String, BigDecimal> byCity = published.cellByUnit(id(t), YEAR, cellA);
        assertThat(byCity).hasSize(CITIES).allSatisfy((code, v) -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(perCity)));
        assertThat(published.cellByUnit(id(t + "-c0-k0"), YEAR, cellA)).hasSize(PUBLISHED_PER_COUNTY)
                .containsKey(t + "-c0-k0-u000");
    }

    @Test
    void province_reads_timed_for_the_benchmark() {
        for (int warm = 0; warm < 3; warm++) {
            cockpit.children(provinceOffice, t, YEAR, 0, null);
            published.sumCells(id(t), YEAR);
        }
        int runs = 10;
        long c0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            cockpit.children(provinceOffice, t, YEAR, 0, null);
        }
        long c1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            published.sumCells(id(t), YEAR);
            published.count(id(t), YEAR);
        }
        long c2 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            published.cellByUnit(id(t), YEAR, cellA);
        }
        long c3 = System.nanoTime();
        System.out.printf("BENCH province cockpit (13 cities, counts over %d units): %.1f ms%n",
                CITIES * COUNTIES_PER_CITY * (UNITS_PER_COUNTY + 1) + CITIES, (c1 - c0) / 1e6 / runs);
        System.out.printf("BENCH province totals (every cell, %d published reports): %.1f ms%n",
                CITIES * COUNTIES_PER_CITY * PUBLISHED_PER_COUNTY, (c2 - c1) / 1e6 / runs);
        System.out.printf("BENCH province drill-down of one cell by city: %.1f ms%n", (c3 - c2) / 1e6 / runs);
        String collation = jdbc.queryForObject("select datcollate from pg_database where datname = current_database()",
                String.class);
        List<String> plan = jdbc.queryForList("explain select id from unit where path like '/" + t + "/" + t + "-c0/%'",
                String.class);
        System.out.printf("BENCH database collation %s; prefix search plan: %s%n", collation, String.join(" | ", plan));
        long p0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            cockpit.children(provinceOffice, t + "-c0-k0", YEAR, 0, null);
        }
        System.out.printf("BENCH county cockpit (first page of 50 of its 115 units): %.1f ms%n", (System.nanoTime() - p0) / 1e6 / runs);
        assertThat(c3).isGreaterThan(c0);
    }
}
