package cn.nianbao.domain.report;

/** A published version with its content. */
public record PublishedReport(PublishedVersion version, ReportContent content) {
}
