package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.domain.format.CellDef;

/** S2-TOWN: 乡、镇、街道 make no 规章 (only provinces and 设区的市 do), so a non-zero 规章 cell is a slip. */
final class TownshipRegulationRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        if (!in.report().unit().kind().isTownship()) {
            return;
        }
        for (CellDef cell : in.format().cells().values()) {
            BigDecimal v = in.report().cell(cell.key());
            if (cell.section().equals("s2") && "regulation".equals(cell.row()) && v != null && v.signum() != 0) {
                out.add(Finding.numbers("S2-TOWN", Severity.WARNING, cell.key(), RuleMessages.get("S2-TOWN",
                        Labels.cell(in, cell), Numbers.plain(v), Labels.kind(in.report().unit().kind())), BigDecimal.ZERO, v));
            }
        }
    }
}
