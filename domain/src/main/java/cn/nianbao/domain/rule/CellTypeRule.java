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
            String want = RuleMessages.get("CELL-INT." + cell.type().name());
            out.add(Finding.numbers("CELL-INT", Severity.ERROR, cell.key(),
                    RuleMessages.get("CELL-INT", Labels.cell(in, cell), want, Numbers.plain(v)), null, v));
        }
    }
}
