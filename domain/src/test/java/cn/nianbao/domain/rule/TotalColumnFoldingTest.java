package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.content.ReportContent;

/**
 * The 总计 column's S3-RES / S3-BAL / Y-S3-CARRY finding is folded into the applicant columns' findings only
 * when it is their echo (every row of the equation adds up); a 总计 broken on its own is reported.
 */
class TotalColumnFoldingTest {

    private final ReportValidator validator = new ReportValidator(ReportFormats.standard());

    private static ReportContent with(ReportContent r, String key, Integer value) {
        return r.withCell(key, value == null ? null : BigDecimal.valueOf(value));
    }

    private List<String> columnsOf(String rule, ReportContent r, ValidationContext ctx) {
        return validator.validate(r, ctx).findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::at).toList();
    }

    private List<String> columnsOf(String rule, ReportContent r) {
        return columnsOf(rule, r, ValidationContext.NONE);
    }

    @Test
    void an_applicant_column_mistake_echoed_by_the_total_column_is_reported_once() {
        ReportContent r = SeedReport.content();
        r = with(r, "s3.granted.natural_person", 3);
        r = with(r, "s3.granted.total", 3);
        r = with(r, "s3.result_total.natural_person", 2);
        r = with(r, "s3.result_total.total", 2);
        r = with(r, "s3.new_received.natural_person", 2);
        r = with(r, "s3.new_received.total", 2);

        assertThat(columnsOf("S3-RES", r)).containsExactly("s3.col.natural_person");
        assertThat(columnsOf("S3-ROW", r)).isEmpty();
    }

    @Test
    void a_blank_total_in_an_outcome_row_breaks_the_total_column_even_when_an_applicant_column_is_broken_too() {
        ReportContent r = SeedReport.content();
        r = with(r, "s3.granted.natural_person", 800);
        r = with(r, "s3.granted.org_other", 5);
        r = with(r, "s3.granted.total", null);
        r = with(r, "s3.result_total.natural_person", 800);
        r = with(r, "s3.result_total.org_other", 4);
        r = with(r, "s3.result_total.total", 805);

        assertThat(columnsOf("S3-RES", r)).containsExactlyInAnyOrder("s3.col.org_other", "s3.col.total");
        Finding total = validator.validate(r).findings().stream()
                .filter(f -> f.rule().equals("S3-RES") && f.at().equals("s3.col.total")).findFirst().orElseThrow();
        assertThat(total.expected()).isEqualByComparingTo("0");
        assertThat(total.actual()).isEqualByComparingTo("805");
    }

    @Test
    void a_total_typed_separately_from_its_row_is_reported_beside_the_applicant_column() {
        ReportContent r = SeedReport.content();
        r = with(r, "s3.new_received.natural_person", 9);
        r = with(r, "s3.new_received.total", 9);
        r = with(r, "s3.granted.natural_person", 9);
        r = with(r, "s3.granted.total", 9);
        r = with(r, "s3.result_total.natural_person", 8);
        r = with(r, "s3.result_total.total", 10);

        assertThat(columnsOf("S3-RES", r)).containsExactlyInAnyOrder("s3.col.natural_person", "s3.col.total");
        assertThat(columnsOf("S3-BAL", r)).containsExactlyInAnyOrder("s3.col.natural_person", "s3.col.total");
    }

    @Test
    void a_balance_echo_is_folded_but_a_separately_typed_new_received_total_is_not() {
        ReportContent echo = SeedReport.content();
        echo = with(echo, "s3.new_received.org_research", 4);
        echo = with(echo, "s3.new_received.total", 4);
        assertThat(columnsOf("S3-BAL", echo)).containsExactly("s3.col.org_research");

        ReportContent typed = with(echo, "s3.new_received.total", 6);
        assertThat(columnsOf("S3-BAL", typed)).containsExactlyInAnyOrder("s3.col.org_research", "s3.col.total");
    }

    @Test
    void carry_over_total_is_folded_only_when_both_years_rows_add_up() {
        ReportContent last = SeedReport.content();
        last = with(last, "s3.carried_forward.org_other", 2);
        last = with(last, "s3.carried_forward.total", 2);
        ReportContent now = SeedReport.content().withText("s1", "2021年");
        ValidationContext published = ValidationContext.NONE.withPrevious(new PreviousReport(last, true));

        assertThat(columnsOf("Y-S3-CARRY", now, published)).containsExactly("s3.col.org_other");

        ReportContent typedTotal = with(now, "s3.carried_over.total", 5);
        assertThat(columnsOf("Y-S3-CARRY", typedTotal, published))
                .containsExactlyInAnyOrder("s3.col.org_other", "s3.col.total");

        ReportContent lastUnbalanced = with(last, "s3.carried_forward.total", 3);
        assertThat(columnsOf("Y-S3-CARRY", now, ValidationContext.NONE.withPrevious(new PreviousReport(lastUnbalanced, true))))
                .containsExactlyInAnyOrder("s3.col.org_other", "s3.col.total");
    }
}
