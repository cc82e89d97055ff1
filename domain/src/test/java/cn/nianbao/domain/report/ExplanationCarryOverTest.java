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

/**
 * Blank cells are explained once per report, and an explanation stays with an unchanged finding from one
 * submission to the next; a finding that changed needs a new one.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class ExplanationCarryOverTest extends TownshipFixture {

    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired ReportReading reading;
    @Autowired ReportFormats formats;

    /** The first cell of the table that is 0 in the seed and not computed: blanking it changes no sum. */
    private String zeroCell(ReportContent seed, String table) {
        var format = formats.get(seed.formatId());
        return format.cells().values().stream()
                .filter(c -> c.tableLocator().equals(table) && !ComputedTotals.keys(format).contains(c.key()))
                .filter(c -> seed.cell(c.key()) != null && seed.cell(c.key()).signum() == 0)
                .map(c -> c.key()).findFirst().orElseThrow();
    }

    private Map<String, String> othersExplained(Long id) {
        Map<String, String> out = new HashMap<>();
        drafting.validate(clerk, id).of(Severity.WARNING).stream().filter(w -> !w.aboutBlankCells())
                .forEach(w -> out.put(w.explanationKey(), "情况属实。"));
        return out;
    }

    private void returnToClerk(Long id) {
        review.decide(secrecy, id, ReviewStage.SECRECY_REVIEW, Decision.RETURN, "请核对第三部分。");
    }

    @Test
    void the_blank_cells_are_explained_once_and_the_explanations_of_unchanged_findings_carry_over() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        String s3Blank = zeroCell(seed, "s3");
        String s4Blank = zeroCell(seed, "s4");
        ReportView r = drafting.createFromContent(clerk, seed.withCell(s3Blank, null).withCell(s4Blank, null));
        List<Finding> blanks = drafting.validate(clerk, r.id()).of(Severity.WARNING).stream()
                .filter(Finding::aboutBlankCells).toList();
        assertThat(blanks).extracting(Finding::at).contains("s3", "s4");

        // one text for all blank cells, given once
        Map<String, String> first = othersExplained(r.id());
        first.put(Finding.BLANK_CELLS, "这些情形本年度没有发生，按 0 计。");
        drafting.submit(clerk, r.id(), first);
        Map<String, String> stored = reading.explanations(clerk, r.id());
        assertThat(stored).containsEntry("CELL-BLANK@s3", "这些情形本年度没有发生，按 0 计。")
                .containsEntry("CELL-BLANK@s4", "这些情形本年度没有发生，按 0 计。");

        // returned, resubmitted unchanged: nothing needs writing again
        returnToClerk(r.id());
        assertThat(drafting.carriedExplanations(clerk, r.id())).isEqualTo(stored);
        drafting.submit(clerk, r.id(), Map.of());
        assertThat(reading.explanations(clerk, r.id())).isEqualTo(stored);

        // the blanks of 四 change: that warning needs a new explanation, the others still carry over
        returnToClerk(r.id());
        ReportView now = reading.get(clerk, r.id());
        drafting.update(clerk, r.id(), now.version(), now.content().withCell(s4Blank, BigDecimal.ZERO)
                .withCell(zeroCellOtherThan(seed, "s4", s4Blank), null));
        assertThat(drafting.carriedExplanations(clerk, r.id())).doesNotContainKey("CELL-BLANK@s4")
                .containsEntry("CELL-BLANK@s3", "这些情形本年度没有发生，按 0 计。");
        assertThatThrownBy(() -> drafting.submit(clerk, r.id(), Map.of()))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("SUBMISSION_BLOCKED");
                    assertThat(e.details()).extracting(f -> ((Finding) f).explanationKey()).containsExactly("CELL-BLANK@s4");
                });
        drafting.submit(clerk, r.id(), Map.of("CELL-BLANK@s4", "复议后起诉本年度没有发生。"));
        // a new text for the blank cells explains them all: the report has one explanation of its blanks
        assertThat(reading.explanations(clerk, r.id())).containsEntry("CELL-BLANK@s4", "复议后起诉本年度没有发生。")
                .containsEntry("CELL-BLANK@s3", "复议后起诉本年度没有发生。");
    }

    private String zeroCellOtherThan(ReportContent seed, String table, String not) {
        var format = formats.get(seed.formatId());
        return format.cells().values().stream()
                .filter(c -> c.tableLocator().equals(table) && !ComputedTotals.keys(format).contains(c.key()))
                .filter(c -> !c.key().equals(not) && seed.cell(c.key()) != null && seed.cell(c.key()).signum() == 0)
                .map(c -> c.key()).findFirst().orElseThrow();
    }
}
