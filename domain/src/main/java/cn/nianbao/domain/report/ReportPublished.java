package cn.nianbao.domain.report;

/**
 * A version of the report is public. {@code scheduled}: published by its timer, not by a person;
 * {@code correctionReason}: the public 更正说明 when it closes a correction.
 */
public record ReportPublished(ReportFacts report, String by, boolean scheduled, String correctionReason)
        implements ReportEvent {
}
