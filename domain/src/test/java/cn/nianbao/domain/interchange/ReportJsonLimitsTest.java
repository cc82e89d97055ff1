package cn.nianbao.domain.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.format.ReportFormats;

/**
 * What the codec refuses before anything is built: numbers a cell cannot store exactly (never rounded, never
 * overflowing later), and documents past the parser's limits; each with a Chinese message, never an exception of
 * the parser's own.
 */
class ReportJsonLimitsTest {

    private final ReportJsonCodec codec = new ReportJsonCodec(ReportFormats.standard());

    /** A GOV_2019 report with one S3 cell and one signed S2 cell written as given. */
    private static String report(String granted, String change) {
        return "{\"schema\":\"nianbao.report/1\",\"format\":\"GOV_2019\",\"year\":2020,"
                + "\"unit\":{\"code\":\"lanxi-lanhe\",\"name\":\"兰西县兰河乡人民政府\",\"kind\":\"XIANG\"},"
                + "\"sections\":{\"s2\":{\"tables\":{\"art20_5\":{\"licensing\":{\"change\":" + change + "}}}},"
                + "\"s3\":{\"matrix\":{\"granted\":{\"natural_person\":" + granted + "}}}}}";
    }

    private void refusedAtGranted(String number) {
        assertThatThrownBy(() -> codec.read(report(number, "0"))).as(number)
                .isInstanceOfSatisfying(ReportJsonException.class, e -> {
                    assertThat(e.path()).isEqualTo("sections.s3.matrix.granted.natural_person");
                    assertThat(e.getMessage()).contains("无法准确保存", "10 的 12 次方", "4 位");
                });
    }

    @Test
    void a_number_a_cell_cannot_store_exactly_is_refused_naming_the_cell() {
        refusedAtGranted("0.00004");
        refusedAtGranted("1000000000000.5");
        refusedAtGranted("1000000000001");
        refusedAtGranted("1e309");
        refusedAtGranted("1E+2147483647");
        refusedAtGranted("1e-2147483647");
        assertThatThrownBy(() -> codec.read(report("0", "-1000000000001")))
                .isInstanceOfSatisfying(ReportJsonException.class,
                        e -> assertThat(e.path()).isEqualTo("sections.s2.tables.art20_5.licensing.change"));
    }

    @Test
    void the_bounds_themselves_are_kept_as_written() {
        var content = codec.read(report("1000000000000", "-1000000000000"));
        assertThat(content.cell("s3.granted.natural_person")).isEqualByComparingTo(new BigDecimal("1000000000000"));
        assertThat(content.cell("s2.art20_5.licensing.change")).isEqualByComparingTo(new BigDecimal("-1000000000000"));
        // four decimals stay four decimals (a wrong kind for a count is a finding of the validation, not a refusal)
        assertThat(codec.read(report("0.0001", "0")).cell("s3.granted.natural_person")).isEqualByComparingTo("0.0001");
        assertThat(codec.read(report("12.50000", "0")).cell("s3.granted.natural_person")).isEqualByComparingTo("12.5");
    }

    @Test
    void numbers_no_decimal_type_holds_and_documents_past_the_limits_are_refused_with_a_message() {
        // a scale below Integer.MIN_VALUE: BigDecimal itself cannot hold it, the parser throws a NumberFormatException
        assertThatThrownBy(() -> codec.read(report("1e-2147483648", "0")))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.getMessage()).contains("数字"));
        assertThatThrownBy(() -> codec.read(report("1" + "0".repeat(200), "0")))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.getMessage()).contains("JSON 超出限制"));
        String deep = "[".repeat(JsonLimits.MAX_DEPTH + 1) + "]".repeat(JsonLimits.MAX_DEPTH + 1);
        assertThatThrownBy(() -> codec.read(deep))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.getMessage()).contains("嵌套不超过 32 层"));
        // bytes that are no UTF-8 inside a string
        byte[] badUtf8 = report("1", "0").replace("兰河乡", "@@").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < badUtf8.length; i++) {
            if (badUtf8[i] == '@') {
                badUtf8[i] = (byte) 0xFF;
            }
        }
        assertThatThrownBy(() -> codec.read(badUtf8)).isInstanceOf(ReportJsonException.class);
        assertThatThrownBy(() -> codec.read("{\"schema\": \"x\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.getMessage()).contains("语法错误"));
    }
}
