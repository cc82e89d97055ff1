package cn.nianbao.domain.audit;

/**
 * Someone asking to read or verify the audit log. The log asks only this, so it depends on no other feature:
 * every feature can write to it without a package cycle (the people's {@code Actor} answers it).
 */
public interface AuditReader {

    /** Whether this person is the audit administrator (审计管理员), the only one who reads the log. */
    boolean mayReadAudit();
}
