package cn.nianbao.domain.audit;

/** The actions the security features record; other features may record their own action names. */
public final class AuditAction {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_OUT = "SIGN_OUT";
    public static final String LOCKOUT = "LOCKOUT";
    public static final String UNLOCK = "UNLOCK";
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String USER_CREATE = "USER_CREATE";
    public static final String USER_UPDATE = "USER_UPDATE";
    public static final String ROLE_GRANT = "ROLE_GRANT";
    public static final String ROLE_REVOKE = "ROLE_REVOKE";
    public static final String ACTING_LEADER_NAMED = "ACTING_LEADER_NAMED";
    public static final String ACTING_LEADER_ENDED = "ACTING_LEADER_ENDED";
    public static final String AUDIT_READ = "AUDIT_READ";
    public static final String AUDIT_VERIFY = "AUDIT_VERIFY";
    public static final String TOKEN_CREATE = "TOKEN_CREATE";
    public static final String TOKEN_REVOKE = "TOKEN_REVOKE";
    /** A bearer token that is unknown, expired, revoked, or whose owner is disabled. */
    public static final String TOKEN_REFUSED = "TOKEN_REFUSED";

    private AuditAction() {
    }
}
