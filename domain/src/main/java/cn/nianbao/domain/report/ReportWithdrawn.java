package cn.nianbao.domain.report;

/** The clerk took the submission back before the first review decision. */
public record ReportWithdrawn(ReportFacts report, String by, ReportStatus backTo) implements ReportEvent {
}
