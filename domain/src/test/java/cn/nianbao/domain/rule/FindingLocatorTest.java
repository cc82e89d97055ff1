package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.content.ReportContent;

/** The validator resolves each finding's locator into the cells it points at. */
class FindingLocatorTest {

    private final ReportValidator validator = new ReportValidator(ReportFormats.standard());

    private Finding first(ReportContent r, String rule) {
        return validator.validate(r).findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void a_cell_locator_points_at_that_cell() {
        Finding f = first(SeedReport.content().withCell("s3.granted.org_other", new BigDecimal("1.5")), "CELL-INT");
        assertThat(f.cells()).containsExactly("s3.granted.org_other");
    }

    @Test
    void a_column_of_section_three_points_at_every_row_of_that_column() {
        Finding f = first(SeedReport.content().withCell("s3.new_received.natural_person", BigDecimal.ONE)
                .withCell("s3.new_received.total", BigDecimal.ONE), "S3-BAL");
        assertThat(f.at()).isEqualTo("s3.col.natural_person");
        int rows = ReportFormats.standard().get("GOV_2019").s3().dataRows().size();
        assertThat(f.cells()).hasSize(rows).allMatch(k -> k.startsWith("s3.") && k.endsWith(".natural_person"))
                .startsWith("s3.new_received.natural_person").contains("s3.result_total.natural_person");
    }

    @Test
    void a_row_of_section_three_points_at_its_seven_cells() {
        Finding f = first(SeedReport.content().withCell("s3.granted.total", BigDecimal.ONE), "S3-ROW");
        assertThat(f.cells()).containsExactly("s3.granted.natural_person", "s3.granted.org_commercial",
                "s3.granted.org_research", "s3.granted.org_social_welfare", "s3.granted.org_legal_service",
                "s3.granted.org_other", "s3.granted.total");
    }

    @Test
    void a_group_of_section_four_points_at_its_five_cells() {
        Finding f = first(SeedReport.content().withCell("s4.lit_direct.upheld", BigDecimal.ONE), "S4-SUM");
        assertThat(f.cells()).containsExactly("s4.lit_direct.upheld", "s4.lit_direct.corrected", "s4.lit_direct.other",
                "s4.lit_direct.pending", "s4.lit_direct.total");
    }

    @Test
    void blank_cells_of_a_table_are_the_cells_of_its_blank_cell_warning() {
        ReportContent r = SeedReport.content().withCell("s3.granted.org_other", null).withCell("s3.partial.total", null)
                .withCell("s2.art20_6.penalty.decisions", null);
        List<Finding> blank = validator.validate(r).findings().stream().filter(f -> f.rule().equals("CELL-BLANK")).toList();
        assertThat(blank).filteredOn(f -> f.at().equals("s3")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("s3.granted.org_other", "s3.partial.total"));
        assertThat(blank).filteredOn(f -> f.at().equals("s2.art20_6")).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("s2.art20_6.penalty.decisions"));
    }

    @Test
    void a_section_text_the_format_and_a_text_finding_about_a_table_point_at_no_cell() {
        ReportContent r = new ReportContent("GOV_2019", 2021, SeedReport.content().unit(), SeedReport.content().texts(),
                SeedReport.content().cells()).withText("s5", "");
        List<Finding> findings = validator.validate(r).findings();
        assertThat(findings).extracting(Finding::rule).contains("FMT-YEAR", "SEC-EMPTY", "T-UNIT");
        assertThat(findings).allSatisfy(f -> assertThat(f.cells()).isEmpty());
    }

    @Test
    void findings_made_by_the_old_factories_have_no_cells_until_validated() {
        assertThat(Finding.of("X", Severity.WARNING, "s3.col.total", "m").cells()).isEmpty();
        assertThat(new Finding("X", Severity.WARNING, "s1", "m", null, null, "我镇", 3, null).cells()).isEmpty();
    }
}
