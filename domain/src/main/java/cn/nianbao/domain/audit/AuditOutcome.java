package cn.nianbao.domain.audit;

/** Whether the recorded attempt succeeded. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
