package cn.nianbao.domain.report;

/** The county office reopened a published report for a correction (更正). */
public record CorrectionOpened(ReportFacts report, String reason, String by) implements ReportEvent {
}
