package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ColumnDef;
import cn.nianbao.domain.format.S3Matrix;

/**
 * Y-S3-CARRY: this year's 上年结转 equals last year's 结转下年度继续办理, column by column. The columns of
 * section 三 did not change in 2021, so the rule holds across the format change. Only a published
 * report of last year is a fixed point to check against; a draft may still change.
 */
final class CarryOverRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        PreviousReport prev = in.context().previous().orElse(null);
        if (prev == null || !prev.published()) {
            return;
        }
        ReportContent last = prev.content();
        S3Matrix m = in.format().s3();
        String carriedOver = m.row(S3Matrix.CARRIED_OVER).label();
        List<Finding> found = new ArrayList<>();
        for (ColumnDef col : m.columns()) {
            BigDecimal expected = last.number("s3." + S3Matrix.CARRIED_FORWARD + "." + col.key());
            BigDecimal actual = in.s3(S3Matrix.CARRIED_OVER, col.key());
            if (!Numbers.same(expected, actual)) {
                found.add(Finding.numbers("Y-S3-CARRY", Severity.ERROR, "s3.col." + col.key(),
                        RuleMessages.get("Y-S3-CARRY", in.heading("s3"), Labels.s3Column(col), carriedOver,
                                Numbers.plain(actual), last.year(), Numbers.plain(expected)), expected, actual));
            }
        }
        // the equation joins this year's 上年结转 row to last year's 结转下年度继续办理 row: both must add up
        boolean rowsAddUp = TotalColumn.rowsAddUp(in.report(), m, List.of(S3Matrix.CARRIED_OVER))
                && TotalColumn.rowsAddUp(last, m, List.of(S3Matrix.CARRIED_FORWARD));
        out.addAll(TotalColumn.withoutEcho(found, rowsAddUp));
    }
}
