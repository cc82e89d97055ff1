package cn.nianbao.domain.rule;

import java.math.BigDecimal;

import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.report.ReportContent;

/** The report, its format and the context, handed to every rule. */
record RuleInput(ReportContent report, ReportFormat format, ValidationContext context) {

    BigDecimal n(String cellKey) {
        return report.number(cellKey);
    }

    BigDecimal s3(String row, String column) {
        return report.number("s3." + row + "." + column);
    }

    /** The section's official heading, which every message starts with. */
    String heading(String section) {
        return format.section(section).title();
    }
}
