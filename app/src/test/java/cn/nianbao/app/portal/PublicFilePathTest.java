package cn.nianbao.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicFilePathTest {

    @Test
    void reads_a_report_page_and_its_downloads() {
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/2020"))
                .isEqualTo(new PublicFilePath("lanxi-lanhe", 2020, null));
        assertThat(PublicFilePath.parse("/public/reports/Lanxi_2/2021.pdf"))
                .isEqualTo(new PublicFilePath("Lanxi_2", 2021, "pdf"));
        assertThat(PublicFilePath.parse("/public/reports/a/2021.docx")).isEqualTo(new PublicFilePath("a", 2021, "docx"));
    }

    @Test
    void anything_else_is_left_to_the_portal_controller() {
        assertThat(PublicFilePath.parse("/public/reports")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/")).isNull();
        assertThat(PublicFilePath.parse("/public/reports//2020")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/202")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/20201")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/20a0")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/2020.")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/2020.pd")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/2020.xhtml")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/2020.PDF")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lanxi-lanhe/2020/x")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/lan%2Fxi/2020")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/兰河/2020")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/" + "a".repeat(65) + "/2020")).isNull();
        assertThat(PublicFilePath.parse("/public/reports/" + "a".repeat(64) + "/2020")).isNotNull();
        assertThat(PublicFilePath.parse("/public/opendata/2020.csv")).isNull();
    }
}
