package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.domain.format.ColumnDef;
import cn.nianbao.domain.format.S3Matrix;

/** S3-BAL: the rule printed in the corner of section 三 — 第一项加第二项之和，等于第三项加第四项之和 — per column. */
final class S3BalanceRule implements ReportRule {

    private static final List<String> EQUATION_ROWS = List.of(S3Matrix.NEW_RECEIVED, S3Matrix.CARRIED_OVER,
            S3Matrix.RESULT_TOTAL, S3Matrix.CARRIED_FORWARD);

    @Override
    public void check(RuleInput in, List<Finding> out) {
        S3Matrix m = in.format().s3();
        List<Finding> found = new ArrayList<>();
        for (ColumnDef col : m.columns()) {
            BigDecimal firstTwo = in.s3(S3Matrix.NEW_RECEIVED, col.key()).add(in.s3(S3Matrix.CARRIED_OVER, col.key()));
            BigDecimal lastTwo = in.s3(S3Matrix.RESULT_TOTAL, col.key()).add(in.s3(S3Matrix.CARRIED_FORWARD, col.key()));
            if (!Numbers.same(firstTwo, lastTwo)) {
                found.add(Finding.numbers("S3-BAL", Severity.ERROR, "s3.col." + col.key(),
                        RuleMessages.get("S3-BAL", in.heading("s3"), Labels.s3Column(col), Numbers.plain(firstTwo),
                                Numbers.plain(lastTwo)), firstTwo, lastTwo));
            }
        }
        out.addAll(TotalColumn.withoutEcho(found, TotalColumn.rowsAddUp(in.report(), m, EQUATION_ROWS)));
    }
}
