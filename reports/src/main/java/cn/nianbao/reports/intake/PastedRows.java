package cn.nianbao.reports.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.domain.content.ComputedTotals;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.CellInput;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;

/**
 * A block of rows copied from a spreadsheet (Excel and WPS put tab-separated lines on the clipboard) and pasted onto
 * an official table from a chosen row and column on: the first pasted value goes there, the next ones to its right
 * and in the rows below, as in the spreadsheet. A value that falls on a computed total is passed over (the editor
 * computes it); what falls outside the table is counted and reported, not put anywhere else.
 */
public final class PastedRows {

    private PastedRows() {
    }

    /** The number cells of the table, by body row, left to right: where a pasted block can land. */
    public static List<List<GridCell>> targets(Grid grid) {
        List<List<GridCell>> out = new ArrayList<>();
        for (List<GridCell> row : grid.body()) {
            List<GridCell> numbers = row.stream().filter(c -> c.kind() == GridCell.Kind.NUMBER).toList();
            if (!numbers.isEmpty()) {
                out.add(numbers);
            }
        }
        return out;
    }

    /** Reads {@code text} onto {@code grid} with its first value at target row {@code startRow}, column {@code startColumn}. */
    public static CellIntake read(String text, Grid grid, int startRow, int startColumn, ReportFormat format) {
        List<List<GridCell>> targets = targets(grid);
        Set<String> computed = ComputedTotals.keys(format);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<String> blanks = new LinkedHashSet<>();
        List<IntakeProblem> problems = new ArrayList<>();
        List<List<String>> rows = rows(text == null ? "" : text);
        if (rows.isEmpty()) {
            return CellIntake.refused(new IntakeProblem("", IntakeText.get("paste.empty")));
        }
        int outside = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String written = rows.get(r).get(c);
                int tr = startRow + r;
                int tc = startColumn + c;
                if (tr >= targets.size() || tc >= targets.get(tr).size()) {
                    if (!written.isBlank()) {
                        outside++;
                    }
                    continue;
                }
                String key = targets.get(tr).get(tc).cellKey();
                if (computed.contains(key)) {
                    continue;
                }
                CellDef def = format.cell(key).orElseThrow();
                CellInput.Reading reading = CellInput.read(written, def.type());
                if (reading.blank()) {
                    blanks.add(key);
                } else if (!reading.accepted()) {
                    problems.add(new IntakeProblem(IntakeText.get("where.pasted", r + 1, c + 1, IntakeText.labels(def)),
                            IntakeText.refusal(def, written)));
                } else {
                    values.put(key, reading.value());
                }
            }
        }
        if (outside > 0) {
            problems.add(new IntakeProblem("", IntakeText.get("paste.outside", outside)));
        }
        return new CellIntake(values, blanks, problems);
    }

    /**
     * The pasted lines, split into cells at tabs; the line break a spreadsheet adds after the last row is no row. A
     * cell holding a tab or a line break comes quoted, and its quotes go. Text without any tab (copied from a web
     * page or a document) is split at spaces instead.
     */
    static List<List<String>> rows(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        boolean tabbed = text.indexOf('\t') >= 0;
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>();
            for (String cell : tabbed ? line.split("\t", -1) : line.strip().split("[ \\u3000]+")) {
                String c = cell.strip();
                if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                    c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
                }
                cells.add(c);
            }
            out.add(cells);
        }
        return out;
    }
}
