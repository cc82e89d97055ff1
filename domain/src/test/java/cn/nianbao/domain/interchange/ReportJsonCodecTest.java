package cn.nianbao.domain.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;

class ReportJsonCodecTest {

    private final ReportJsonCodec codec = new ReportJsonCodec(ReportFormats.standard());

    @Test
    void both_formats_round_trip_with_every_key_exported() {
        ReportContent y2019 = SeedReport.content().withCell("s2.art20_9.central_procurement.procurement_amount", new BigDecimal("3.5"))
                .withCell("s3.granted.org_other", null);
        assertThat(codec.read(codec.write(y2019))).isEqualTo(y2019);
        assertThat(codec.write(y2019)).contains("\"org_other\" : null");

        ReportContent y2021 = new ReportContent("GOV_2021", 2022, y2019.unit(), y2019.texts(), java.util.Map.of(
                "s3.other_overdue_fee.total", BigDecimal.ONE, "s2.art20_8.admin_fee.fee_amount", new BigDecimal("0.25")));
        ReportContent back = codec.read(codec.write(y2021));
        assertThat(back).isEqualTo(y2021);
        assertThat(ReportFormats.standard().get("GOV_2021").cells()).hasSize(10 + 175 + 15);
        assertThat(ReportFormats.standard().get("GOV_2019").cells()).hasSize(22 + 161 + 15);
    }

    @Test
    void malformed_input_is_refused_with_the_key_path() {
        String seed = codec.write(SeedReport.content());
        assertThatThrownBy(() -> codec.read(seed.replace("\"granted\" : {", "\"granted\" : { \"bogus\": 1,")))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.path()).isEqualTo("sections.s3.matrix.granted.bogus"));
        assertThatThrownBy(() -> codec.read(seed.replace("\"format\" : \"GOV_2019\"", "\"format\" : \"GOV_2030\"")))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.path()).isEqualTo("format"));
        assertThatThrownBy(() -> codec.read(seed.replace("\"kind\" : \"XIANG\"", "\"kind\" : \"VILLAGE\"")))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.path()).isEqualTo("unit.kind"));
        assertThatThrownBy(() -> codec.read(seed.replace("\"schema\"", "\"extra\" : 1, \"schema\"")))
                .isInstanceOfSatisfying(ReportJsonException.class, e -> assertThat(e.path()).isEqualTo("extra"));
    }

    @Test
    void the_bundled_format_definition_is_the_product_spec() throws Exception {
        Path spec = Path.of("../../shared/spec/formats.yaml");
        if (!Files.exists(spec)) {
            spec = Path.of("../shared/spec/formats.yaml");
        }
        if (Files.exists(spec)) {
            String bundled = new String(getClass().getClassLoader().getResourceAsStream("nianbao/formats.yaml").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(bundled).isEqualTo(Files.readString(spec));
        }
    }
}
