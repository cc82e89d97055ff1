package cn.nianbao.domain.report;

/**
 * One entry of a report's audit trail as a decision checks it (who wrote, who decided which stage of which
 * submission) without its content snapshot, which only the entry reusing it needs and the database copies.
 */
record TrailStep(Long id, AuditAction action, String actor, String stage, int submissionNo, String contentHash,
                 boolean hasSnapshot) {

    /** As {@link AuditTrail#steps} reads it: the action by its name. */
    TrailStep(Long id, String action, String actor, String stage, int submissionNo, String contentHash,
              boolean hasSnapshot) {
        this(id, AuditAction.valueOf(action), actor, stage, submissionNo, contentHash, hasSnapshot);
    }
}
