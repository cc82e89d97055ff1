package cn.nianbao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.unit.UnitRef;

/** CSV injection: text a spreadsheet would run as a formula is neutralised (OWASP). */
class CsvNeutralisationTest {

    @Test
    void fields_beginning_with_formula_characters_get_a_leading_quote() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvWriter.field("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void ordinary_text_is_unchanged_and_separators_are_quoted() {
        assertThat(CsvWriter.field("兰河乡人民政府")).isEqualTo("兰河乡人民政府");
        assertThat(CsvWriter.field("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.field("甲,乙")).isEqualTo("\"甲,乙\"");
        assertThat(CsvWriter.field("")).isEmpty();
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void a_unit_name_with_a_formula_is_neutralised_in_the_open_data() {
        ReportContent seed = SeedReport.content();
        ReportContent evil = seed.withUnit(new UnitRef(seed.unit().code(), "=cmd|'/C calc'!A0", seed.unit().kind()));
        String csv = new String(new CsvWriter(ReportFormats.standard()).write(List.of(evil)), StandardCharsets.UTF_8);
        assertThat(csv).contains("," + "\"'=cmd|'/C calc'!A0\"" + ",").doesNotContain(",=cmd");
    }
}
