package cn.nianbao.domain.rule;

import java.math.BigDecimal;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;

/**
 * The report, its format and the context, handed to every rule; the normalised texts and the number runs,
 * which several rules read, are worked out once per validation.
 */
record RuleInput(ReportContent report, ReportFormat format, ValidationContext context,
                 java.util.Map<String, String> normalised, java.util.Map<String, java.util.List<NumberRun>> numberRuns) {

    RuleInput(ReportContent report, ReportFormat format, ValidationContext context) {
        this(report, format, context, new java.util.HashMap<>(), new java.util.HashMap<>());
    }

    /** The section's text with full-width digits and separators made ASCII (offsets unchanged). */
    String normalisedText(String section) {
        return normalised.computeIfAbsent(section, s -> Texts.normalise(report.text(s)));
    }

    java.util.List<NumberRun> numberRuns(String section) {
        return numberRuns.computeIfAbsent(section, s -> NumberRun.find(report.text(s)));
    }

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
