package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;

class SeedReportValidationTest {

    private final ReportValidator validator = new ReportValidator(ReportFormats.standard());

    @Test
    void the_seed_is_valid_with_exactly_the_two_known_warnings() {
        ValidationResult result = validator.validate(SeedReport.content());

        assertThat(result.valid()).isTrue();
        assertThat(result.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("T-UNIT", "T-GOVEVAL");
        assertThat(result.findings()).allMatch(f -> f.severity() == Severity.WARNING);
        Finding unit = result.findings().stream().filter(f -> f.rule().equals("T-UNIT")).findFirst().orElseThrow();
        assertThat(unit.at()).isEqualTo("s1");
        assertThat(unit.match()).isEqualTo("我镇");
        assertThat(unit.message()).contains("一、总体情况", "我镇", "乡");
    }

    @Test
    void one_broken_s3_column_gives_exactly_one_balance_error_with_both_numbers() {
        ReportContent broken = SeedReport.content()
                .withCell("s3.new_received.natural_person", BigDecimal.valueOf(5))
                .withCell("s3.new_received.total", BigDecimal.valueOf(5))
                .withCell("s3.granted.natural_person", BigDecimal.valueOf(4))
                .withCell("s3.granted.total", BigDecimal.valueOf(4))
                .withCell("s3.result_total.natural_person", BigDecimal.valueOf(4))
                .withCell("s3.result_total.total", BigDecimal.valueOf(4))
                .withText("s3", "本年度共收到政府信息公开申请5件。");

        ValidationResult result = validator.validate(broken);

        assertThat(result.valid()).isFalse();
        assertThat(result.of(Severity.ERROR)).hasSize(1);
        Finding f = result.of(Severity.ERROR).get(0);
        assertThat(f.rule()).isEqualTo("S3-BAL");
        assertThat(f.at()).isEqualTo("s3.col.natural_person");
        assertThat(f.expected()).isEqualByComparingTo("5");
        assertThat(f.actual()).isEqualByComparingTo("4");
        assertThat(f.message()).isEqualTo(
                "三、收到和处理政府信息公开申请情况：自然人列 第一项加第二项之和（5）不等于第三项加第四项之和（4）");
    }
}
