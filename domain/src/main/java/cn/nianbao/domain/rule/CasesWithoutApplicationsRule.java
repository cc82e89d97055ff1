package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.format.S4Table;

/** X-S4-S3: no applications at all, yet 行政复议/行政诉讼 cases — possible, but worth a second look. */
final class CasesWithoutApplicationsRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        BigDecimal applications = in.s3(S3Matrix.NEW_RECEIVED, S3Matrix.TOTAL_COLUMN)
                .add(in.s3(S3Matrix.CARRIED_OVER, S3Matrix.TOTAL_COLUMN));
        BigDecimal cases = CaseCounts.total(in);
        if (applications.signum() == 0 && cases.signum() > 0) {
            out.add(Finding.numbers("X-S4-S3", Severity.WARNING, "s4", RuleMessages.get("X-S4-S3", in.heading("s4"),
                    Numbers.plain(cases), in.heading("s3")), BigDecimal.ZERO, cases));
        }
    }
}

/** The number of 行政复议 and 行政诉讼 cases in section 四. */
final class CaseCounts {

    private CaseCounts() {
    }

    static BigDecimal total(RuleInput in) {
        return Numbers.sum(in.format().s4().groups().stream()
                .map(g -> in.n("s4." + g.key() + "." + S4Table.TOTAL)).toList());
    }

    static BigDecimal review(RuleInput in) {
        return in.n("s4.review." + S4Table.TOTAL);
    }

    static BigDecimal litigation(RuleInput in) {
        return in.n("s4.lit_direct." + S4Table.TOTAL).add(in.n("s4.lit_after_review." + S4Table.TOTAL));
    }
}
