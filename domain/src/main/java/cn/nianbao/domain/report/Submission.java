package cn.nianbao.domain.report;

/**
 * A submission accepted for review: what the workflow needs to route it. {@code resumed} is true when it
 * answers a return (the process already waits for the revision).
 */
public record Submission(Long reportId, Long unitId, Long countyId, int submissionNo, boolean resumed) {
}
