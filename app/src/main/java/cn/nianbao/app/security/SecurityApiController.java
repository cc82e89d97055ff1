package cn.nianbao.app.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.AuditVerification;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.SignInThrottle;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The security endpoints: one's own password, the security administrator's unlock, reset and review of role
 * holders, the audit administrator's reading and verification of the audit log. Who may do what is decided by the
 * domain services; this class only translates.
 */
@RestController
class SecurityApiController {

    private static final Messages TEXT = Messages.of("security");

    private final CurrentActor current;
    private final UserAccountService accounts;
    private final SignInThrottle throttle;
    private final SecurityAuditLog audit;

    SecurityApiController(CurrentActor current, UserAccountService accounts, SignInThrottle throttle,
                          SecurityAuditLog audit) {
        this.current = current;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** {@code {"old": …, "new": …}}; "new" is a Java keyword, hence the property name. */
    record PasswordChange(String old, @JsonProperty("new") String next) {
    }

    record PasswordReset(String password) {
    }

    @PostMapping(value = "/api/v1/me/password", consumes = "application/json")
    ResponseEntity<Void> changeOwnPassword(@RequestBody PasswordChange body) {
        if (body == null || body.old() == null || body.next() == null) {
            throw Refusal.invalid("BAD_REQUEST", "请提供 {\"old\": 原密码, \"new\": 新密码}");
        }
        accounts.changePassword(current.require().username(), body.old(), body.next(), null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/v1/users/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        Actor admin = current.require();
        // the role first, so that nobody else can probe which user names exist
        if (!admin.has(Role.SECURITY_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("unlock.only-security-admin"));
        }
        if (accounts.find(username).isEmpty()) {
            throw Refusal.notFound(TEXT.get("user.not-found", username));
        }
        throttle.unlock(admin, username);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/v1/users/{username}/password-reset", consumes = "application/json")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordReset body) {
        if (body == null || body.password() == null) {
            throw Refusal.invalid("BAD_REQUEST", "请提供 {\"password\": 临时密码}");
        }
        accounts.resetPassword(current.require(), username, body.password());
        return ResponseEntity.noContent().build();
    }

    record RoleHolder(String username, String displayName, boolean enabled, boolean locked, List<Grant> grants) {
    }

    @GetMapping(value = "/api/v1/security/role-holders", produces = "application/json")
    List<RoleHolder> roleHolders() {
        return accounts.roleHolders(current.require()).stream()
                .map((UserAccount a) -> new RoleHolder(a.username(), a.displayName(), a.enabled(),
                        throttle.isLocked(a.username()), a.grants()))
                .toList();
    }

    @GetMapping(value = "/api/v1/audit", produces = "application/json")
    Map<String, Object> auditEntries(@RequestParam(required = false) Instant from,
                                     @RequestParam(required = false) Instant to,
                                     @RequestParam(required = false) String actor,
                                     @RequestParam(required = false) String action,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "100") int size,
                                     HttpServletRequest request) {
        Actor reader = current.require();
        int bounded = Math.max(1, Math.min(size, SecurityAuditLog.MAX_PAGE_SIZE));
        List<AuditEntry> entries = audit.search(reader, new AuditQuery(from, to, actor, action, page, bounded));
        // the auditor's reading is itself audited
        audit.record(reader.username(), AuditAction.AUDIT_READ, request.getQueryString(), AuditOutcome.SUCCESS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", Math.max(0, page));
        body.put("size", bounded);
        body.put("entries", entries);
        return body;
    }

    @GetMapping(value = "/api/v1/audit/verify", produces = "application/json")
    Map<String, Object> verify() {
        Actor reader = current.require();
        AuditVerification v = audit.verify(reader);
        audit.record(reader.username(), AuditAction.AUDIT_VERIFY, v.intact() ? "intact" : "broken at " + v.brokenAt(),
                AuditOutcome.SUCCESS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", v.intact());
        if (v.intact()) {
            body.put("entries", v.entries());
        } else {
            body.put("brokenAt", v.brokenAt());
        }
        return body;
    }
}
