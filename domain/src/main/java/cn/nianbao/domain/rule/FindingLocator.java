package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.content.ReportContent;

/**
 * The cells a finding's locator points at (report-json.md): one cell; a column {@code s3.col.<c>} or a row
 * {@code s3.row.<r>} of section 三; a group {@code s4.<g>} of section 四; for CELL-BLANK on a table
 * ({@code s3}, {@code s4}, {@code s2.art20_1}) the table's blank cells. Any other locator — a section's text, the
 * format choice, the whole report — points at no cell. Cells come in the format's order.
 */
final class FindingLocator {

    private static final String COLUMN = "s3.col.";
    private static final String ROW = "s3.row.";

    private FindingLocator() {
    }

    static List<String> cells(Finding finding, ReportFormat format, ReportContent report) {
        String at = finding.at();
        if (at == null) {
            return List.of();
        }
        if (format.cells().containsKey(at)) {
            return List.of(at);
        }
        if (at.startsWith(COLUMN)) {
            String column = at.substring(COLUMN.length());
            return select(format, c -> c.section().equals("s3") && c.column().equals(column));
        }
        if (at.startsWith(ROW)) {
            String row = at.substring(ROW.length());
            return select(format, c -> c.section().equals("s3") && c.row().equals(row));
        }
        if (finding.rule().equals("CELL-BLANK")) {
            return select(format, c -> c.tableLocator().equals(at) && report.cell(c.key()) == null);
        }
        if (at.startsWith("s4.")) {
            String group = at.substring("s4.".length());
            return select(format, c -> c.section().equals("s4") && c.row().equals(group));
        }
        return List.of();
    }

    private static List<String> select(ReportFormat format, java.util.function.Predicate<CellDef> which) {
        return format.cells().values().stream().filter(which).map(CellDef::key).toList();
    }
}
