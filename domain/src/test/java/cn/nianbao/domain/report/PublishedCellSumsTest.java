package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.TownshipFixture;
import cn.nianbao.domain.content.ComputedTotals;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitView;

/**
 * The areas' running sums (published_cell_sum) say what summing every current published cell below the area says:
 * after a first publication through the route, after an imported report of another township, and after a
 * correction published again (the old version's cells are taken out, the new one's counted).
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class PublishedCellSumsTest extends TownshipFixture {

    private static final String CELL = "s3.new_received.natural_person";
    /** Where the two more applications of the correction end (予以公开), so the table still balances. */
    private static final String OUTCOME = "s3.granted.natural_person";

    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reader;
    @Autowired ReportReview review;
    @Autowired PublishedReports published;
    @Autowired ReportRepository reports;
    @Autowired TransactionTemplate tx;

    @Test
    void running_sums_follow_publications_and_corrections() {
        ReportContent seed = SeedReport.content();
        BigDecimal seeded = seed.cell(CELL);
        ReportView r = drafting.createFromContent(clerk, seed.withUnit(town.ref())
                .withText("s1", seed.text("s1").replace("我镇", "我乡")));
        publishThroughTheRoute(r.id());
        UnitView other = fx.township("榆林镇", UnitKind.ZHEN);
        published.importPublished(seed.withUnit(other.ref()));
        Long area = fx.county().id();
        assertSameAsSummed(area);
        assertThat(published.sumCells(area, 2020).get(CELL)).isEqualByComparingTo(seeded.add(seeded));

        review.openCorrection(county, r.id(), "更正数字");
        ReportContent before = reading(r.id()).content();
        ReportContent corrected = ComputedTotals.fill(ReportFormats.standard().get(before.formatId()), before
                .withCell(CELL, before.cell(CELL).add(BigDecimal.valueOf(2))).withCell(OUTCOME, before.cell(OUTCOME).add(BigDecimal.valueOf(2))));
        drafting.update(clerk, r.id(), reading(r.id()).version(), corrected);
        // under correction the public (and the totals) still see the published numbers
        assertThat(published.sumCells(area, 2020).get(CELL)).isEqualByComparingTo(seeded.add(seeded));
        publishThroughTheRoute(r.id());
        assertSameAsSummed(area);
        assertThat(published.sumCells(area, 2020).get(CELL)).isEqualByComparingTo(seeded.add(seeded).add(BigDecimal.valueOf(2)));
    }

    @Test
    void a_batch_of_imported_reports_adds_to_the_sums_once_and_all_or_nothing() {
        ReportContent seed = SeedReport.content();
        BigDecimal seeded = seed.cell(CELL);
        UnitView a = fx.township("石门镇", UnitKind.ZHEN);
        UnitView b = fx.township("兴隆乡", UnitKind.XIANG);
        Long area = fx.county().id();

        List<ReportView> imported = published.importPublished(List.of(seed.withUnit(a.ref()),
                seed.withUnit(b.ref()).withCell(CELL, seeded.add(BigDecimal.valueOf(5))),
                new ReportContent(seed.formatId(), 2019, a.ref(), seed.texts(), seed.cells())));
        assertThat(imported).extracting(ReportView::status).containsOnly(ReportStatus.PUBLISHED);
        assertSameAsSummed(area);
        assertThat(published.sumCells(area, 2020).get(CELL)).isEqualByComparingTo(seeded.add(seeded).add(BigDecimal.valueOf(5)));
        assertThat(published.sumCells(area, 2019).get(CELL)).isEqualByComparingTo(seeded);

        // the second report of the batch exists already: the first, valid on its own, is not kept either
        UnitView c = fx.township("白沙镇", UnitKind.ZHEN);
        assertThatThrownBy(() -> published.importPublished(List.of(seed.withUnit(c.ref()), seed.withUnit(a.ref()))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("REPORT_EXISTS"));
        assertThat(published.summary(c.code(), 2020)).isEmpty();
        assertSameAsSummed(area);
        assertThat(published.sumCells(area, 2020).get(CELL)).isEqualByComparingTo(seeded.add(seeded).add(BigDecimal.valueOf(5)));
    }

    private ReportView reading(Long id) {
        return reader.get(clerk, id);
    }

    private void publishThroughTheRoute(Long id) {
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerk, id).of(Severity.WARNING).forEach(f -> explained.put(f.explanationKey(), "已说明"));
        drafting.submit(clerk, id, explained);
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : drafting.validate(secrecy, id).of(Severity.REVIEW)) {
            reasons.put(f.clearanceKey(), "可以公开");
        }
        review.decide(secrecy, id, ReviewStage.SECRECY_REVIEW, Decision.APPROVE, "同意", Map.of(),
                new SecrecyClearing("经审查不涉密", reasons));
        review.decide(leader, id, ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, "同意");
        review.decide(county, id, ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意");
        review.publish(county, id);
    }

    /** Every cell of the running sums equals the sum over the current published versions, and no cell is missing. */
    private void assertSameAsSummed(Long area) {
        Map<String, BigDecimal> summed = new HashMap<>();
        Map<String, BigDecimal> kept = new HashMap<>();
        tx.executeWithoutResult(s -> {
            String path = units.findEntity(area).orElseThrow().getPath() + "%";
            List<Object[]> direct = reports.sumPublishedCells(path, area, 2020, "GOV_2019");
            direct.forEach(row -> summed.put((String) row[0], new BigDecimal(row[1].toString())));
            reports.publishedCellSums(area, 2020, "GOV_2019").forEach(row -> kept.put((String) row[0], new BigDecimal(row[1].toString())));
        });
        assertThat(summed).isNotEmpty();
        assertThat(kept.keySet()).isEqualTo(summed.keySet());
        summed.forEach((k, v) -> assertThat(kept.get(k)).as(k).isEqualByComparingTo(v));
    }
}
