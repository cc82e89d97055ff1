package cn.nianbao.reports.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ComputedTotals;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.reports.render.GridCell;
import cn.nianbao.reports.render.GridPlacement;
import cn.nianbao.reports.render.LaidOutReport;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.ReportMeta;
import cn.nianbao.reports.render.XlsxWriter;

/** Workbooks as they come back from Excel or WPS: the export and the blank template, filled in every way a clerk does. */
class WorkbookIntakeTest {

    private final ReportFormats formats = ReportFormats.standard();
    private final OfficialLayout layout = new OfficialLayout(formats);
    private final WorkbookIntake intake = new WorkbookIntake(formats);
    private final ReportContent seed = SeedReport.content();
    private final ReportFormat format = formats.get(seed.formatId());
    private final ReportMeta meta = new ReportMeta(seed.unit().code(), seed.unit().name(), seed.year(), seed.formatId(),
            seed.unit().name(), Instant.parse("2021-01-20T02:00:00Z"), null);

    private LaidOutReport laid(ReportContent content) {
        return layout.layOut(content, meta);
    }

    private ReportContent blank() {
        return new ReportContent(seed.formatId(), seed.year(), seed.unit(), seed.texts(), Map.of());
    }

    /** The sheet row and column (0-based) of a cell key, as the writer placed it. */
    private int[] at(LaidOutReport report, String key) {
        for (var s : report.sections()) {
            for (var g : s.tables()) {
                for (GridPlacement.Placed p : GridPlacement.of(g)) {
                    if (p.cell().kind() == GridCell.Kind.NUMBER && key.equals(p.cell().cellKey())) {
                        return new int[] {XlsxWriter.TITLE_ROWS + p.row(), p.column()};
                    }
                }
            }
        }
        throw new IllegalArgumentException(key);
    }

    private interface Edit {
        void apply(Workbook wb) throws Exception;
    }

    private byte[] edited(byte[] xlsx, Edit edit) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Sheet sheet, int[] at) {
        Row row = sheet.getRow(at[0]) == null ? sheet.createRow(at[0]) : sheet.getRow(at[0]);
        return row.getCell(at[1]) == null ? row.createCell(at[1]) : row.getCell(at[1]);
    }

    @Test
    void the_export_read_back_gives_every_figure_the_clerk_enters() {
        byte[] xlsx = new XlsxWriter().write(laid(seed));
        CellIntake read = intake.read(xlsx, laid(blank()));
        assertThat(read.problems()).isEmpty();
        ReportContent back = read.applyTo(blank());
        for (String key : format.cells().keySet()) {
            if (!ComputedTotals.keys(format).contains(key)) {
                BigDecimal want = seed.cell(key);
                assertThat(back.cell(key)).as(key).isEqualTo(want);
            }
        }
    }

    @Test
    void numbers_as_text_full_width_digits_formulas_and_blanks_are_read_and_what_is_no_number_is_named_by_place_and_label()
            throws Exception {
        LaidOutReport template = laid(blank());
        byte[] filled = edited(new XlsxWriter().write(template), wb -> {
            Sheet s3 = wb.getSheet("三、收到和处理政府信息公开申请情况");
            cell(s3, at(template, "s3.new_received.natural_person")).setCellValue("１２");
            cell(s3, at(template, "s3.granted.natural_person")).setCellValue(7);
            cell(s3, at(template, "s3.partial.natural_person")).setCellFormula("1+2");
            cell(s3, at(template, "s3.carried_over.natural_person")).setCellValue("  ");
            cell(s3, at(template, "s3.carried_forward.natural_person")).setCellValue("三件");
            cell(s3, at(template, "s3.new_received.org_commercial")).setCellValue(1.5);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        CellIntake read = intake.read(filled, template);
        assertThat(read.values()).containsEntry("s3.new_received.natural_person", new BigDecimal("12"))
                .containsEntry("s3.granted.natural_person", new BigDecimal("7"))
                .containsEntry("s3.partial.natural_person", new BigDecimal("3"));
        assertThat(read.blanks()).contains("s3.carried_over.natural_person");
        assertThat(read.values()).doesNotContainKeys("s3.carried_forward.natural_person", "s3.new_received.org_commercial");
        int[] where = at(template, "s3.carried_forward.natural_person");
        String row = String.valueOf(where[0] + 1);
        assertThat(read.problems()).extracting(IntakeProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("工作表「三、收到和处理政府信息公开申请情况」第 " + row + " 行 ")
                .contains("结转下年度继续办理").contains("自然人")
                .endsWith("「三件」不能填入：此格只能填写非负整数"));
        assertThat(read.problems()).extracting(IntakeProblem::message)
                .anySatisfy(m -> assertThat(m).contains("「1.5」不能填入"));
        // the sections left blank in the template change nothing
        assertThat(read.values().keySet()).allMatch(k -> k.startsWith("s3."));
        assertThat(read.blanks()).allMatch(k -> k.startsWith("s3."));
    }

    @Test
    void a_row_moved_by_an_inserted_line_is_not_read_into_the_wrong_cells() throws Exception {
        LaidOutReport template = laid(seed);
        byte[] shifted = edited(new XlsxWriter().write(template), wb -> {
            Sheet s3 = wb.getSheet("三、收到和处理政府信息公开申请情况");
            s3.shiftRows(XlsxWriter.TITLE_ROWS + 6, s3.getLastRowNum(), 1);
        });
        CellIntake read = intake.read(shifted, laid(blank()));
        assertThat(read.problems()).extracting(IntakeProblem::message)
                .anySatisfy(m -> assertThat(m).contains("此行应为「").contains("此行未读取"));
        // a row above the insertion is still read in its place
        assertThat(read.values()).containsKey("s3.new_received.natural_person");
    }

    @Test
    void a_workbook_saved_in_the_old_xls_format_is_read_too() throws Exception {
        byte[] xlsx = new XlsxWriter().write(laid(seed));
        byte[] xls;
        try (Workbook in = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook out = new HSSFWorkbook();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (Sheet s : in) {
                Sheet copy = out.createSheet(s.getSheetName());
                for (Row r : s) {
                    Row cr = copy.createRow(r.getRowNum());
                    for (Cell c : r) {
                        Cell cc = cr.createCell(c.getColumnIndex());
                        switch (c.getCellType()) {
                            case NUMERIC -> cc.setCellValue(c.getNumericCellValue());
                            case STRING -> cc.setCellValue(c.getStringCellValue());
                            default -> { }
                        }
                    }
                }
            }
            out.write(bytes);
            xls = bytes.toByteArray();
        }
        CellIntake read = intake.read(xls, laid(blank()));
        assertThat(read.problems()).isEmpty();
        assertThat(read.applyTo(blank()).cell("s3.new_received.natural_person")).isEqualTo(seed.cell("s3.new_received.natural_person"));
    }

    @Test
    void a_file_that_is_no_workbook_or_another_report_is_said_in_words() throws Exception {
        CellIntake notAWorkbook = intake.read("单位,年度\n".getBytes(StandardCharsets.UTF_8), laid(blank()));
        assertThat(notAWorkbook.cellCount()).isZero();
        assertThat(notAWorkbook.problems()).extracting(IntakeProblem::message)
                .containsExactly("无法读取此文件：请上传用 Excel 或 WPS 保存的工作簿（.xlsx 或 .xls）");

        byte[] other = edited(new XlsxWriter().write(laid(seed)), wb -> wb.getSheetAt(0).getRow(0).getCell(0)
                .setCellValue("兰西县临江镇人民政府2020年政府信息公开工作年度报告"));
        assertThat(intake.read(other, laid(blank())).problems()).extracting(IntakeProblem::message)
                .containsExactly("工作簿标题为「兰西县临江镇人民政府2020年政府信息公开工作年度报告」，不是本报告「"
                        + laid(blank()).title() + "」；已按表格位置读取，请核对");

        byte[] empty;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1");
            wb.write(out);
            empty = out.toByteArray();
        }
        assertThat(intake.read(empty, laid(blank())).problems()).extracting(IntakeProblem::message)
                .contains("缺少工作表「三、收到和处理政府信息公开申请情况」，此表未读取");
    }
}
