package cn.nianbao.domain.rule;

import java.util.Collection;
import java.util.List;

import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.content.ReportContent;

/**
 * The 总计 column of section 三 is a column like the others, but when every row of a column equation adds up
 * across its columns (S3-ROW holds for each of them), the 总计 column's equation is the sum of the applicant
 * columns' equations: its finding is then only the echo of theirs, and reporting it would send the clerk after
 * one mistake twice. When a row of the equation does not add up (a blank 总计, a 总计 typed separately from its
 * row), the 总计 column is broken on its own account and its finding stays.
 */
final class TotalColumn {

    private static final String TOTAL_AT = "s3.col." + S3Matrix.TOTAL_COLUMN;

    private TotalColumn() {
    }

    /** The column findings without the 总计 column's one when {@code rowsAddUp}; unchanged otherwise. */
    static List<Finding> withoutEcho(List<Finding> columnFindings, boolean rowsAddUp) {
        if (!rowsAddUp) {
            return columnFindings;
        }
        return columnFindings.stream().filter(f -> !f.at().equals(TOTAL_AT)).toList();
    }

    /** Whether, in each of {@code rows}, 总计 equals the sum of the six applicant columns (blank counting as 0). */
    static boolean rowsAddUp(ReportContent report, S3Matrix m, Collection<String> rows) {
        for (String row : rows) {
            var sum = Numbers.sum(m.applicantColumns().stream()
                    .map(c -> report.number("s3." + row + "." + c.key())).toList());
            if (!Numbers.same(sum, report.number("s3." + row + "." + S3Matrix.TOTAL_COLUMN))) {
                return false;
            }
        }
        return true;
    }
}
