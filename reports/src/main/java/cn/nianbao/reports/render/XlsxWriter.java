package cn.nianbao.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * XLSX: one sheet per official table, labels exact, numbers stored as numbers, header cells merged as on
 * paper. The first rows of each sheet name the report.
 */
@Component
public class XlsxWriter {

    /** The rows above each table: the report's title, then the section's. */
    public static final int TITLE_ROWS = 2;

    public byte[] write(LaidOutReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = style(wb, HorizontalAlignment.CENTER);
            CellStyle rowHeader = style(wb, HorizontalAlignment.LEFT);
            CellStyle number = style(wb, HorizontalAlignment.RIGHT);
            List<String> names = sheetNames(report);
            int i = 0;
            for (ReportSection s : report.sections()) {
                for (Grid g : s.tables()) {
                    Sheet sheet = wb.createSheet(names.get(i++));
                    sheet.createRow(0).createCell(0).setCellValue(report.title());
                    sheet.createRow(1).createCell(0).setCellValue(s.title());
                    fill(sheet, g, header, rowHeader, number);
                    sheet.setColumnWidth(0, 30 * 256);
                }
            }
            wb.getProperties().getCoreProperties().setTitle(report.title());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worksheet of each table, in the order of the tables: the table's name, made safe and unique. */
    public static List<String> sheetNames(LaidOutReport report) {
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>();
        report.sections().forEach(s -> s.tables().forEach(g -> out.add(uniqueName(taken, g.sheetName()))));
        return out;
    }

    private static String uniqueName(Set<String> taken, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = WorkbookUtil.createSafeSheetName(base + i);
        }
        return name;
    }

    static void fill(Sheet sheet, Grid g, CellStyle header, CellStyle rowHeader, CellStyle number) {
        for (GridPlacement.Placed p : GridPlacement.of(g)) {
            GridCell c = p.cell();
            int r = TITLE_ROWS + p.row();
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            var cell = row.createCell(p.column());
            if (c.kind() == GridCell.Kind.NUMBER && !c.text().isEmpty()) {
                cell.setCellValue(new BigDecimal(c.text()).doubleValue());
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(c.text());
                cell.setCellStyle(c.kind() == GridCell.Kind.ROW_HEADER ? rowHeader : c.kind() == GridCell.Kind.NUMBER ? number : header);
            }
            if (c.colspan() > 1 || c.rowspan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r + c.rowspan() - 1, p.column(), p.column() + c.colspan() - 1));
            }
        }
    }

    static CellStyle style(XSSFWorkbook wb, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
