package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.format.S3Matrix;

/**
 * The 总计 column of section 三 adds up the applicant columns, so when an applicant column breaks a column
 * rule the 总计 column breaks it too. Reporting both would send the clerk after one mistake twice.
 */
final class TotalColumn {

    private static final String TOTAL_AT = "s3.col." + S3Matrix.TOTAL_COLUMN;

    private TotalColumn() {
    }

    static List<Finding> withoutEcho(List<Finding> columnFindings) {
        boolean applicantColumnBroken = columnFindings.stream().anyMatch(f -> !f.at().equals(TOTAL_AT));
        if (!applicantColumnBroken) {
            return columnFindings;
        }
        return columnFindings.stream().filter(f -> !f.at().equals(TOTAL_AT)).toList();
    }
}
