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
                names.putIfAbsent(cell.tableLocator(), cell.tableLabel() == null
                        ? in.heading(cell.section()) : in.heading(cell.section()) + "：" + cell.tableLabel());
            }
        }
        blanks.forEach((table, count) -> out.add(Finding.of("CELL-BLANK", Severity.WARNING, table,
                names.get(table) + " 有 " + count + " 个空白单元格，按 0 计算；没有发生的请填写 0")));
    }
}
