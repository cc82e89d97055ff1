package cn.nianbao.app.ui;

import cn.nianbao.app.ui.editor.EditorCells;
import cn.nianbao.app.ui.editor.EditorTools;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.editor.FindingsPanel;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.user.Actor;

/**
 * Figures from Excel or WPS: the blank template downloaded from the editor, filled and uploaded, and rows pasted
 * into a table. The cells fill, the findings follow, what cannot be read is named by place; nothing is stored
 * until the clerk saves.
 */
class SpreadsheetIntakeTest extends KaribuTest {

    private static final String S3 = "三、收到和处理政府信息公开申请情况";

    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;

    private Actor clerk() {
        return new Drafts(ctx).actor("yulin.clerk");
    }

    private static List<String> findings() {
        return _get(FindingsPanel.class).messages();
    }

    /** The sheet cell whose row label (column A to C) and column (0-based) are given. */
    private static Cell cellOf(Sheet sheet, String rowLabel, int column) {
        for (Row r : sheet) {
            for (int c = 0; c < 3; c++) {
                Cell label = r.getCell(c);
                if (label != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && label.getStringCellValue().equals(rowLabel)) {
                    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
                }
            }
        }
        throw new IllegalArgumentException(rowLabel);
    }

    @Test
    void the_blank_template_filled_in_excel_fills_the_editor_names_what_it_cannot_read_and_stores_only_on_save() throws Exception {
        ReportView draft = drafting.createDraft(clerk(), "lanxi-yulin", 2021);
        as("yulin.clerk", "reports/" + draft.id() + "/edit");
        List<String> before = findings();

        byte[] template = EditorTools.download("template");
        byte[] filled;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s3 = wb.getSheet(S3);
            // column D is 自然人 (the label takes A to C): a number, a text cell with full-width digits, and words
            cellOf(s3, "一、本年新收政府信息公开申请数量", 3).setCellValue(5);
            cellOf(s3, "（一）予以公开", 3).setCellValue("３");
            cellOf(s3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 3).setCellValue(2);
            cellOf(s3, "四、结转下年度继续办理", 3).setCellValue("无");
            wb.write(out);
            filled = out.toByteArray();
        }
        EditorTools.click("import");
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-file")), "兰西县榆林镇2021年报.xlsx", filled);
        // a file taken in closes the import's dialog
        assertThat(_find(Dialog.class, s -> s.withId("import-dialog"))).isEmpty();

        assertThat(EditorCells.text("s3.new_received.natural_person")).isEqualTo("5");
        assertThat(EditorCells.text("s3.granted.natural_person")).isEqualTo("3");
        assertThat(EditorCells.text("s3.partial.natural_person")).isEqualTo("2");
        // the totals are computed from what came in, and the findings follow
        assertThat(EditorCells.text("s3.result_total.natural_person")).isEqualTo("5");
        // the findings follow: 三's blank cells are fewer now
        assertThat(findings()).isNotEqualTo(before).anySatisfy(m -> assertThat(m).contains("空白单元格"));
        Dialog problems = _get(Dialog.class, s -> s.withId("intake-problems"));
        assertThat(problems.isOpened()).isTrue();
        List<String> lines = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(lines).singleElement().asString()
                .matches("工作表「" + S3 + "」第 \\d+ 行 D 列（四、结转下年度继续办理 / 自然人）：「无」不能填入：此格只能填写非负整数");
        // nothing is stored until the clerk saves
        assertThat(reading.get(clerk(), draft.id()).version()).isEqualTo(draft.version());
        assertThat(reading.get(clerk(), draft.id()).content().cell("s3.granted.natural_person")).isNull();
        EditorTools.click("save");
        assertThat(reading.get(clerk(), draft.id()).content().cell("s3.granted.natural_person")).isEqualByComparingTo("3");
    }

    @Test
    void a_file_that_cannot_be_read_says_so_and_leaves_no_tick() {
        ReportView draft = drafting.createDraft(clerk(), "lanxi-yulin", 2022);
        as("yulin.clerk", "reports/" + draft.id() + "/edit");
        EditorTools.click("import");
        Upload upload = _get(Upload.class, s -> s.withId("import-file"));
        // a zip that is no workbook
        UploadKt._upload(upload, "年报.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList())
                .containsExactly("无法读取此文件：请上传用 Excel 或 WPS 保存的工作簿（.xlsx 或 .xls）");
        NotificationsKt.clearNotifications();
        UploadKt._upload(upload, "年报.json", "{不是 JSON".getBytes(StandardCharsets.UTF_8));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(t -> assertThat(t).startsWith("导入失败："));
        assertThat(reading.get(clerk(), draft.id()).version()).isEqualTo(draft.version());
    }

    @Test
    void rows_pasted_from_a_spreadsheet_fill_the_table_from_the_chosen_cell_and_are_stored_on_save() {
        ReportView draft = drafting.createDraft(clerk(), "lanxi-yulin", 2023);
        as("yulin.clerk", "reports/" + draft.id() + "/edit");
        EditorCells.click("paste-s3");
        _get(Dialog.class, s -> s.withId("paste-dialog"));
        @SuppressWarnings("unchecked")
        Select<Integer> row = _get(Select.class, s -> s.withId("paste-row"));
        assertThat(row.getItemLabelGenerator().apply(2)).isEqualTo("（一）予以公开");
        _setValue(row, 2);
        @SuppressWarnings("unchecked")
        Select<Integer> column = _get(Select.class, s -> s.withId("paste-column"));
        assertThat(column.getItemLabelGenerator().apply(1)).isEqualTo("商业企业");
        _setValue(column, 0);
        // two rows copied in Excel: 予以公开 and 部分公开, 自然人 to 其他 and the 总计 column
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")), "4\t1\t0\t0\t0\t0\t5\n2\t０\t\t0\t0\t0\t2\n");
        _click(_get(Button.class, s -> s.withId("paste-fill")));

        assertThat(EditorCells.text("s3.granted.natural_person")).isEqualTo("4");
        assertThat(EditorCells.text("s3.granted.org_commercial")).isEqualTo("1");
        assertThat(EditorCells.text("s3.partial.org_commercial")).isEqualTo("0");
        assertThat(EditorCells.text("s3.partial.org_research")).isEmpty();
        assertThat(EditorCells.text("s3.granted.total")).isEqualTo("5");
        assertThat(_find(Dialog.class, s -> s.withId("intake-problems"))).isEmpty();
        assertThat(reading.get(clerk(), draft.id()).content().cell("s3.granted.natural_person")).isNull();
        EditorTools.click("save");
        assertThat(reading.get(clerk(), draft.id()).content().cell("s3.granted.natural_person")).isEqualByComparingTo("4");
    }
}
