package cn.nianbao.app.security;

import java.util.List;

import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;

/** Actors the security tests read the audit log as. */
final class SecuritySignInTestSupport {

    static final Actor AUDITOR = new Actor("audit", "审计管理员", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));

    private SecuritySignInTestSupport() {
    }
}
