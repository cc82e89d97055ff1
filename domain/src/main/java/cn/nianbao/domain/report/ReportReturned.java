package cn.nianbao.domain.report;

/** A review stage returned the report to the clerk, with the reason (section comments already in it). */
public record ReportReturned(ReportFacts report, ReviewStage stage, String by, String byName, String comment)
        implements ReportEvent {
}
