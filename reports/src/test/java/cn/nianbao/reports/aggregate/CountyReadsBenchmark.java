package cn.nianbao.reports.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.onboarding.ImportOutcome;
import cn.nianbao.domain.onboarding.UnitImport;
import cn.nianbao.domain.onboarding.UnitRow;
import cn.nianbao.domain.report.AreaCockpit;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitRef;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.reports.ReportsTestApp;

/**
 * County reads over 20,000 published reports (run by {@code bench/aggregate.sh}, not by the suite: the name does
 * not end in Test). A county of {@code bench.units} units (default 10,000) each publishes the seed report (every
 * cell of the format, values varied per unit) for 2019 and 2020, through the domain: the units by
 * {@link UnitImport}, the reports by {@link PublishedReports#importPublished(List)} in batches of a hundred (the path of
 * reports published before Nianbao: report, publication, cells, audit, the areas' sums). Then the county office's totals of 2020 (which read last year's
 * too) and the cockpit's first page are timed: median of {@code bench.runs} calls after as many warm-up calls.
 */
@SpringBootTest(classes = {ReportsTestApp.class, TestDatabaseConfig.class}, properties = {
        // the cells of a publication are an element collection: batched, so seeding 2 million cells takes minutes
        "spring.jpa.properties.hibernate.jdbc.batch_size=500",
        "spring.jpa.properties.hibernate.order_inserts=true"})
class CountyReadsBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 10_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 15);
    private static final int[] YEARS = {2019, 2020};

    @Autowired CountyAggregation aggregation;
    @Autowired AreaCockpit cockpit;
    @Autowired PublishedReports published;
    @Autowired UnitImport unitImport;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired TransactionTemplate tx;
    @Autowired EntityManager em;
    @Autowired JdbcTemplate jdbc;

    @Test
    void county_totals_and_cockpit_over_twenty_thousand_published_reports() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        users.create("admin." + tag, "secret-pw", "管理员", null);
        Actor admin = users.grant("admin." + tag, Role.SYSTEM_ADMIN, null).actor();
        String county = "bc-" + tag;
        List<UnitRow> sheet = new ArrayList<>();
        sheet.add(new UnitRow(2, county, "基准县" + tag, "基准县", "COUNTY", ""));
        String[] kinds = {"XIANG", "ZHEN", "JIEDAO", "COUNTY_DEPARTMENT"};
        for (int i = 0; i < UNITS; i++) {
            sheet.add(new UnitRow(i + 3, county + "-" + i, "基准县第" + i + "单位", "第" + i + "单位", kinds[i % 4], county));
        }
        long t0 = System.nanoTime();
        ImportOutcome imported = unitImport.apply(admin, sheet);
        assertThat(imported.problems()).isEmpty();
        UnitView area = units.findByCode(county).orElseThrow();
        Actor office = users.grant("admin." + tag, Role.COUNTY_OFFICE, area.id()).actor();

        ReportContent seed = SeedReport.content();
        List<UnitView> children = units.children(area.id());
        assertThat(children).hasSize(UNITS);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        // a batch of a year's reports per transaction, the way a county's past reports are loaded: the batch
        // adds to the county's sums once, and the two threads' batches of different years touch different sums
        int chunk = 100;
        for (int from = 0; from < children.size(); from += chunk) {
            List<UnitView> part = children.subList(from, Math.min(children.size(), from + chunk));
            for (int year : YEARS) {
                done.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                    published.importPublished(part.stream()
                            .map(u -> variant(seed, u.ref(), year, u.code().hashCode())).toList());
                    em.clear();
                })));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        jdbc.execute("analyze");
        System.out.printf("county seeded: %d units, %d published reports, %d cells in %d s%n", UNITS,
                UNITS * YEARS.length, jdbc.queryForObject("select count(*) from publication_cell", Long.class),
                (System.nanoTime() - t0) / 1_000_000_000L);

        CountyTotals totals = aggregation.totals(office, county, 2020);
        assertThat(totals.publishedUnits()).isEqualTo(UNITS);
        assertThat(totals.lastYear()).isNotEmpty();
        AreaCockpit.Page page = cockpit.children(office, county, 2020, 0, null);
        assertThat(page.total()).isEqualTo(UNITS);
        assertThat(page.rows()).hasSize(AreaCockpit.PAGE_SIZE).allMatch(r -> "PUBLISHED".equals(r.status()));

        double totalsMs = median(() -> aggregation.totals(office, county, 2020));
        double cockpitMs = median(() -> cockpit.children(office, county, 2020, 0, null));
        double lastPageMs = median(() -> cockpit.children(office, county, 2020, UNITS / AreaCockpit.PAGE_SIZE - 1, null));
        double filteredMs = median(() -> cockpit.children(office, county, 2020, 0, "PUBLISHED"));
        System.out.printf("BENCH county totals (2020 and 2019, %d published reports): %.1f ms%n", UNITS * 2, totalsMs);
        System.out.printf("BENCH county cockpit, first page of %d units: %.1f ms%n", UNITS, cockpitMs);
        System.out.printf("BENCH county cockpit, last page: %.1f ms%n", lastPageMs);
        System.out.printf("BENCH county cockpit, filtered by status: %.1f ms%n", filteredMs);
    }

    /** The seed with each cell moved by a small amount that depends on the unit, so the sums are not all alike. */
    private static ReportContent variant(ReportContent seed, UnitRef unit, int year, int salt) {
        ReportContent c = new ReportContent(seed.formatId(), year, unit, seed.texts(), seed.cells());
        int k = 0;
        for (Map.Entry<String, BigDecimal> e : seed.cells().entrySet()) {
            if (e.getValue() != null && (k++ + salt) % 7 == 0) {
                c = c.withCell(e.getKey(), e.getValue().add(BigDecimal.ONE));
            }
        }
        return c;
    }

    private static double median(Supplier<?> read) {
        for (int i = 0; i < RUNS; i++) {
            read.get();
        }
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            read.get();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        return ns[RUNS / 2] / 1e6;
    }
}
