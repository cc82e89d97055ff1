package cn.nianbao.domain.report;

/** The clerk submitted the report; {@code submissionNo} counts the rounds. */
public record ReportSubmitted(ReportFacts report, String by, String byName, int submissionNo) implements ReportEvent {
}
