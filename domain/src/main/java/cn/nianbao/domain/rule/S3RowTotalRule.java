package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.format.S3Row;

/** S3-ROW: in every row of section 三, 总计 is the sum of the six applicant columns. */
final class S3RowTotalRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        S3Matrix m = in.format().s3();
        for (S3Row.Data row : m.dataRows()) {
            BigDecimal sum = Numbers.sum(m.applicantColumns().stream().map(c -> in.s3(row.key(), c.key())).toList());
            BigDecimal total = in.s3(row.key(), S3Matrix.TOTAL_COLUMN);
            if (!Numbers.same(sum, total)) {
                out.add(Finding.numbers("S3-ROW", Severity.ERROR, "s3.row." + row.key(),
                        RuleMessages.get("S3-ROW", in.heading("s3"), row.label(), Numbers.plain(total), Numbers.plain(sum)),
                        sum, total));
            }
        }
    }
}
