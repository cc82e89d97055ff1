package cn.nianbao.reports.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.ReportMeta;

/** Rows copied from a spreadsheet and pasted onto an official table. */
class PastedRowsTest {

    private final ReportFormats formats = ReportFormats.standard();
    private final ReportContent seed = SeedReport.content();
    private final ReportFormat format = formats.get(seed.formatId());
    private final Grid s3 = new OfficialLayout(formats).layOut(seed, new ReportMeta(seed.unit().code(), seed.unit().name(),
            seed.year(), seed.formatId(), seed.unit().name(), Instant.now(), null)).sections().stream()
            .filter(s -> s.key().equals("s3")).findFirst().orElseThrow().tables().get(0);

    @Test
    void a_block_lands_from_the_chosen_cell_on_passing_over_the_computed_total() {
        // two rows of the spreadsheet, as Excel puts them on the clipboard: tabs, a line break after each row
        String copied = "1\t２\t\t0\t0\t0\t99\r\n3\t0\t0\t0\t0\t0\t3\r\n";
        CellIntake read = PastedRows.read(copied, s3, 1, 0, format);
        assertThat(read.problems()).isEmpty();
        var row1 = PastedRows.targets(s3).get(1);
        var row2 = PastedRows.targets(s3).get(2);
        assertThat(read.values()).containsEntry(row1.get(0).cellKey(), BigDecimal.ONE)
                .containsEntry(row1.get(1).cellKey(), new BigDecimal("2"))
                .containsEntry(row2.get(0).cellKey(), new BigDecimal("3"));
        assertThat(read.blanks()).containsExactly(row1.get(2).cellKey());
        // the 总计 column is computed, whatever was pasted there
        assertThat(read.values()).doesNotContainKey(row1.get(6).cellKey());
        assertThat(read.cellCount()).isEqualTo(12);
    }

    @Test
    void what_is_no_number_and_what_falls_outside_the_table_is_said() {
        String copied = "5\t五\n";
        CellIntake read = PastedRows.read(copied, s3, 0, 6, format);
        var row0 = PastedRows.targets(s3).get(0);
        assertThat(read.values()).isEmpty(); // the seventh column is the computed total
        assertThat(read.problems()).extracting(IntakeProblem::message).containsExactly("有 1 个数超出了表格范围，未填入");

        CellIntake bad = PastedRows.read("5\t五件", s3, 0, 0, format);
        assertThat(bad.values()).containsEntry(row0.get(0).cellKey(), new BigDecimal("5"));
        assertThat(bad.problems()).extracting(IntakeProblem::message).singleElement().asString()
                .startsWith("粘贴内容第 1 行第 2 个数（").endsWith("）：「五件」不能填入：此格只能填写非负整数");
        assertThat(PastedRows.read(" \n", s3, 0, 0, format).problems()).extracting(IntakeProblem::message)
                .containsExactly("没有可粘贴的内容：请在 Excel 或 WPS 中选中单元格，复制后粘贴到此处");
    }

    @Test
    void numbers_copied_from_a_page_without_tabs_are_split_at_spaces() {
        CellIntake read = PastedRows.read("4 5　6", s3, 0, 0, format);
        var row0 = PastedRows.targets(s3).get(0);
        assertThat(read.values()).containsEntry(row0.get(0).cellKey(), new BigDecimal("4"))
                .containsEntry(row0.get(1).cellKey(), new BigDecimal("5")).containsEntry(row0.get(2).cellKey(), new BigDecimal("6"));
    }
}
