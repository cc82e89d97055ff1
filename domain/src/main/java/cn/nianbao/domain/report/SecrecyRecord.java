package cn.nianbao.domain.report;

import java.time.Instant;
import java.util.List;

/**
 * The 保密审查 record as the leader, the county office, the clerk and the evidence pack show it: the decision it
 * came with (an approval keeps every finding; a return lists what is to change), the conclusion (null on a return
 * without one), and the choice per finding. A finding to change is recorded with its match masked, so that the
 * record does not keep what the report is to lose.
 */
public record SecrecyRecord(int submissionNo, String reviewer, Instant reviewedAt, String conclusion,
                            List<Clearance> clearances, Decision decision) {

    /** One REVIEW finding: its key, its match, the choice and, for 保留, the reason (null for 退回修改). */
    public record Clearance(String findingKey, String match, String reason, SecrecyChoice choice) {
    }
}
