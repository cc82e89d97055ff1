package cn.nianbao.domain.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import cn.nianbao.domain.format.CellDef;

/** CELL-BLANK: one warning per table that has blank cells (they count as 0; the official form writes 0). */
final class BlankCellRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        Map<String, Integer> blanks = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CellDef cell : in.format().cells().values()) {
            if (in.report().cell(cell.key()) == null) {
                blanks.merge(cell.tableLocator(), 1, Integer::sum);
                names.putIfAbsent(cell.tableLocator(), Labels.table(in, cell));
            }
        }
        blanks.forEach((table, count) -> out.add(Finding.of(Finding.BLANK_CELLS, Severity.WARNING, table,
                RuleMessages.get("CELL-BLANK", names.get(table), count))));
    }
}
