package cn.nianbao.domain.audit;

/** The result of walking the whole chain: intact with its length, or the id of the first entry that does not fit. */
public record AuditVerification(boolean intact, long entries, Long brokenAt) {

    static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null);
    }

    static AuditVerification brokenAt(long id, long entriesBefore) {
        return new AuditVerification(false, entriesBefore, id);
    }
}
