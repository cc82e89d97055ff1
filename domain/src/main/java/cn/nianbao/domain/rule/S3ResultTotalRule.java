package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.domain.format.ColumnDef;
import cn.nianbao.domain.format.S3Matrix;

/** S3-RES: in every column of section 三, （七）总计 is the sum of the outcome rows （一）…（六）. */
final class S3ResultTotalRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        S3Matrix m = in.format().s3();
        String totalLabel = m.row(S3Matrix.RESULT_TOTAL).label();
        List<Finding> found = new ArrayList<>();
        for (ColumnDef col : m.columns()) {
            BigDecimal sum = Numbers.sum(m.outcomeRows().stream().map(r -> in.s3(r.key(), col.key())).toList());
            BigDecimal total = in.s3(S3Matrix.RESULT_TOTAL, col.key());
            if (!Numbers.same(sum, total)) {
                found.add(Finding.numbers("S3-RES", Severity.ERROR, "s3.col." + col.key(),
                        RuleMessages.get("S3-RES", in.heading("s3"), Labels.s3Column(col), totalLabel,
                                Numbers.plain(total), Numbers.plain(sum)), sum, total));
            }
        }
        List<String> equationRows = new ArrayList<>();
        m.outcomeRows().forEach(r -> equationRows.add(r.key()));
        equationRows.add(S3Matrix.RESULT_TOTAL);
        out.addAll(TotalColumn.withoutEcho(found, TotalColumn.rowsAddUp(in.report(), m, equationRows)));
    }
}
