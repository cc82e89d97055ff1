package cn.nianbao.app.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;

/** Every sign-out is an entry of the security audit log (the request's address comes from AuditSourceFilter). */
@Component
class SignOutAudit {

    private final SecurityAuditLog audit;

    SignOutAudit(SecurityAuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String who = event.getAuthentication() == null ? "-" : event.getAuthentication().getName();
        audit.recordRegardless(who, AuditAction.SIGN_OUT, who, cn.nianbao.domain.audit.AuditSource.current(),
                AuditOutcome.SUCCESS);
    }
}
