package cn.nianbao.reports.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ComputedTotals;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.CellInput;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;
import cn.nianbao.reports.render.GridPlacement;
import cn.nianbao.reports.render.LaidOutReport;
import cn.nianbao.reports.render.ReportSection;
import cn.nianbao.reports.render.XlsxWriter;

/**
 * Reads a workbook filled in Excel or WPS (the report's XLSX export or its blank template, also saved as .xls)
 * against the official layout of the report: each table on its worksheet, each number where the writer put it.
 * Numbers may arrive as numeric cells, as text cells (full-width digits included) or as formulas (their last
 * computed result). A table whose input cells are all blank is left as it is, so a template filled in for one
 * table changes only that one; in a table that was filled in, a blank cell becomes blank. The computed totals are
 * not read: the editor computes them. A row whose label is not the official one is not read, so a shifted or
 * foreign sheet never lands in the wrong cells.
 */
@Component
public class WorkbookIntake {

    /** How far down a sheet the table's first header row is looked for, when rows were added or removed above it. */
    private static final int HEADER_SEARCH_ROWS = 40;

    private final ReportFormats formats;

    public WorkbookIntake(ReportFormats formats) {
        this.formats = formats;
    }

    /** {@code template} is the report laid out (its figures do not matter, only where each cell stands). */
    public CellIntake read(byte[] file, LaidOutReport template) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            return read(wb, template);
        } catch (IOException | RuntimeException e) {
            // not a workbook, an encrypted one, a damaged one: POI says so in many ways, the clerk needs one
            return CellIntake.refused(new IntakeProblem("", IntakeText.get("file.unreadable")));
        }
    }

    private CellIntake read(Workbook wb, LaidOutReport template) {
        ReportFormat format = formats.get(template.meta().formatId());
        Set<String> computed = ComputedTotals.keys(format);
        List<Grid> grids = new ArrayList<>();
        template.sections().stream().map(ReportSection::tables).forEach(grids::addAll);
        List<String> names = XlsxWriter.sheetNames(template);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<String> blanks = new LinkedHashSet<>();
        List<IntakeProblem> problems = new ArrayList<>();
        boolean titleChecked = false;
        int tablesFound = 0;
        for (int i = 0; i < grids.size(); i++) {
            Sheet sheet = wb.getSheet(names.get(i));
            if (sheet == null && wb.getNumberOfSheets() == grids.size()) {
                sheet = wb.getSheetAt(i); // renamed, but in its place
            }
            if (sheet == null) {
                problems.add(new IntakeProblem("", IntakeText.get("sheet.missing", names.get(i))));
                continue;
            }
            if (!titleChecked) {
                titleChecked = true;
                String title = text(cell(sheet, 0, 0));
                if (!title.isBlank() && !squeeze(title).equals(squeeze(template.title()))) {
                    problems.add(new IntakeProblem("", IntakeText.get("title.other", title.strip(), template.title())));
                }
            }
            if (readTable(sheet, grids.get(i), format, computed, values, blanks, problems)) {
                tablesFound++;
            }
        }
        if (tablesFound == 0 && problems.isEmpty()) {
            problems.add(new IntakeProblem("", IntakeText.get("file.empty")));
        }
        return new CellIntake(values, blanks, problems);
    }

    /** Reads one table; answers whether it held any figure. */
    private boolean readTable(Sheet sheet, Grid grid, ReportFormat format, Set<String> computed,
                              Map<String, BigDecimal> values, Set<String> blanks, List<IntakeProblem> problems) {
        List<GridPlacement.Placed> placed = GridPlacement.of(grid);
        String sheetName = sheet.getSheetName();
        int top = headerRow(sheet, placed.get(0).cell().text());
        if (top < 0) {
            problems.add(new IntakeProblem(IntakeText.get("where.sheet", sheetName),
                    IntakeText.get("sheet.no_header", placed.get(0).cell().text())));
            return false;
        }
        Set<Integer> wrongRows = new LinkedHashSet<>();
        for (GridPlacement.Placed p : placed) {
            if (p.cell().kind() == GridCell.Kind.ROW_HEADER && p.row() >= grid.head().size() && !wrongRows.contains(p.row())) {
                String found = text(cell(sheet, top + p.row(), p.column()));
                if (!squeeze(found).equals(squeeze(p.cell().text()))) {
                    wrongRows.add(p.row());
                    problems.add(new IntakeProblem(IntakeText.get("where.row", sheetName, top + p.row() + 1),
                            IntakeText.get("row.other", p.cell().text(), found.strip())));
                }
            }
        }
        Map<String, BigDecimal> tableValues = new LinkedHashMap<>();
        Set<String> tableBlanks = new LinkedHashSet<>();
        int refused = 0;
        for (GridPlacement.Placed p : placed) {
            String key = p.cell().cellKey();
            if (p.cell().kind() != GridCell.Kind.NUMBER || computed.contains(key) || wrongRows.contains(p.row())) {
                continue;
            }
            CellDef def = format.cell(key).orElseThrow();
            Cell c = cell(sheet, top + p.row(), p.column());
            String where = IntakeText.get("where.cell", sheetName, top + p.row() + 1,
                    CellReference.convertNumToColString(p.column()), IntakeText.labels(def));
            Written w = written(c, def);
            if (w.refusal() != null) {
                problems.add(new IntakeProblem(where, w.refusal()));
                refused++;
            } else if (w.reading().blank()) {
                tableBlanks.add(key);
            } else if (!w.reading().accepted()) {
                problems.add(new IntakeProblem(where, IntakeText.refusal(def, w.shown())));
                refused++;
            } else {
                tableValues.put(key, w.reading().value());
            }
        }
        if (tableValues.isEmpty() && refused == 0 && wrongRows.isEmpty()) {
            return false; // a table left blank (in the template): untouched
        }
        values.putAll(tableValues);
        blanks.addAll(tableBlanks);
        return true;
    }

    /** What a cell holds: a number reading, or why it cannot hold one (a date, a formula error, a yes/no). */
    private record Written(CellInput.Reading reading, String shown, String refusal) {
    }

    private static Written written(Cell c, CellDef def) {
        if (c == null) {
            return new Written(CellInput.read("", def.type()), "", null);
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? new Written(null, "", IntakeText.get("cell.date"))
                    : numeric(c.getNumericCellValue(), def);
            case STRING -> new Written(CellInput.read(c.getStringCellValue(), def.type()), c.getStringCellValue(), null);
            case BLANK, _NONE -> new Written(CellInput.read("", def.type()), "", null);
            case BOOLEAN -> new Written(null, "", IntakeText.get("cell.boolean", String.valueOf(c.getBooleanCellValue())));
            case ERROR -> new Written(null, "", IntakeText.get("cell.error", FormulaError.forInt(c.getErrorCellValue()).getString()));
            default -> new Written(null, "", IntakeText.get("file.unreadable"));
        };
    }

    private static Written numeric(double number, CellDef def) {
        CellInput.Reading r = CellInput.read(number, def.type());
        return new Written(r, r.plain(), null);
    }

    private static int headerRow(Sheet sheet, String firstHeader) {
        if (squeeze(text(cell(sheet, XlsxWriter.TITLE_ROWS, 0))).equals(squeeze(firstHeader))) {
            return XlsxWriter.TITLE_ROWS;
        }
        for (int r = 0; r <= Math.min(HEADER_SEARCH_ROWS, sheet.getLastRowNum()); r++) {
            if (squeeze(text(cell(sheet, r, 0))).equals(squeeze(firstHeader))) {
                return r;
            }
        }
        return -1;
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /** A label cell's text (a label typed as a number reads as that number). */
    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> CellInput.read(c.getNumericCellValue(), cn.nianbao.domain.format.CellType.SIGNED_INT).plain();
            default -> "";
        };
    }

    /** Labels compared without their spacing and line breaks, which a spreadsheet edit often changes. */
    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }
}
