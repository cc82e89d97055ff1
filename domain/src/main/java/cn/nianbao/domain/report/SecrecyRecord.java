package cn.nianbao.domain.report;

import java.time.Instant;
import java.util.List;

/** The 保密审查 record as the leader, the county office and the evidence pack show it. */
public record SecrecyRecord(int submissionNo, String reviewer, Instant reviewedAt, String conclusion,
                            List<Clearance> clearances) {

    public record Clearance(String findingKey, String match, String reason) {
    }
}
