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
                out.add(Finding.numbers("S2-TOWN", Severity.WARNING, cell.key(), Labels.cell(in, cell) + " 为 "
                        + Numbers.plain(v) + "，但" + in.report().unit().kind().chinese() + "不制定规章，请核实",
                        BigDecimal.ZERO, v));
            }
        }
    }
}
