package cn.nianbao.domain.report;

/**
 * A submission accepted for review: what the workflow needs to route it. {@code resumed} is true when it
 * answers a return (the process already waits for the revision).
 */
public record Submission(ReportFacts report, int submissionNo, boolean resumed) {

    public Long reportId() {
        return report.reportId();
    }

    public Long unitId() {
        return report.unitId();
    }

    public Long countyId() {
        return report.countyId();
    }
}
