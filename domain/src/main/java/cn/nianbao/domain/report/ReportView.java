package cn.nianbao.domain.report;

import cn.nianbao.domain.content.ReportContent;


/** A report with its whole content. */
public record ReportView(ReportSummary summary, ReportContent content, String lastEditedBy) {

    public Long id() {
        return summary.id();
    }

    public ReportStatus status() {
        return summary.status();
    }

    public long version() {
        return summary.version();
    }
}
