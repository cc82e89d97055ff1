package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.domain.format.CellDef;

/** CELL-INT: every filled cell holds what its type allows. */
final class CellTypeRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (CellDef cell : in.format().cells().values()) {
            BigDecimal v = in.report().cell(cell.key());
            if (v == null || cell.type().accepts(v)) {
                continue;
            }
            String want = switch (cell.type()) {
                case INT -> "非负整数";
                case SIGNED_INT -> "整数";
                case DECIMAL -> "不小于 0、最多 4 位小数的数";
            };
            out.add(Finding.numbers("CELL-INT", Severity.ERROR, cell.key(),
                    Labels.cell(in, cell) + " 应填" + want + "，实际为 " + Numbers.plain(v), null, v));
        }
    }
}
