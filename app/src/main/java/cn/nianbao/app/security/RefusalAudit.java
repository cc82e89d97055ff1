package cn.nianbao.app.security;

import java.util.Set;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.AuditSource;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;

/**
 * Every refusal a person meets goes into the security audit: a 403 (whatever the feature that said no) and the
 * 404 that hides another unit's report, task or notification. Recorded where the refusal leaves the services (or an
 * API controller) for the UI or the API, once, however deep it was thrown, and after the refused work has rolled
 * back: the entry is written in a transaction of its own, so the refusal itself changes nothing else.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RefusalAudit {

    /** 403: the person may not do this. */
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    /** 404 for something that exists but belongs to a unit the person may not see. */
    public static final String NOT_VISIBLE = "NOT_VISIBLE";

    private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final Set<String> ID_PARAMETERS = Set.of("id", "reportId", "taskId", "unitId", "countyId", "areaId",
            "code", "unitCode", "areaCode", "countyCode", "parentCode", "year", "username", "stage");

    private final SecurityAuditLog log;
    private final SecurityContextHolderStrategy contexts;

    RefusalAudit(SecurityAuditLog log, SecurityContextHolderStrategy contexts) {
        this.log = log;
        this.contexts = contexts;
    }

    // PublicArtefacts is left out: it serves published files to anyone and refuses nobody, and the advice cost a
    // tenth of the CPU of each cached public page
    @Around("(within(cn.nianbao.domain..*) || within(cn.nianbao.workflow..*) || within(cn.nianbao.reports..*))"
            + " && @within(org.springframework.stereotype.Service)"
            + " && !within(cn.nianbao.reports.publish.PublicArtefacts)"
            + " || within(cn.nianbao.app..*) && @within(org.springframework.web.bind.annotation.RestController)")
    Object around(ProceedingJoinPoint call) throws Throwable {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return call.proceed();
        } catch (Refusal refusal) {
            if (depth[0] == 1) {
                recordIfAudited(call, refusal);
            }
            throw refusal;
        } finally {
            depth[0]--;
        }
    }

    private void recordIfAudited(ProceedingJoinPoint call, Refusal refusal) {
        String action;
        String target;
        if (refusal.kind() == Refusal.Kind.FORBIDDEN) {
            action = ACCESS_DENIED;
            target = call.getSignature().getDeclaringType().getSimpleName() + "." + call.getSignature().getName()
                    + arguments(call);
        } else if (refusal.kind() == Refusal.Kind.NOT_FOUND && refusal.hidden() != null) {
            action = NOT_VISIBLE;
            target = refusal.hidden();
        } else {
            return;
        }
        String actor = actor(call.getArgs());
        String source = AuditSource.current();
        Runnable write = () -> {
            try {
                log.recordRegardless(actor, action, target, source, AuditOutcome.FAILURE);
            } catch (RuntimeException e) {
                // the refusal stands; a lost audit line is reported, not turned into the person's error
                LOG.warn("could not audit the refusal {} of {} on {}: {}", action, actor, target, e.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a caller's own transaction is still open (it may hold the audit chain's head): write after it ended
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    /**
     * The ids the call named ({@code id=42}, {@code unitCode=lanxi-lanhe}): enough to know what was asked for. Only
     * parameters named as ids are written, never a text, a password or a body the person sent.
     */
    private static String arguments(ProceedingJoinPoint call) {
        String[] names = call.getSignature() instanceof MethodSignature m ? m.getParameterNames() : null;
        Object[] args = call.getArgs();
        StringBuilder b = new StringBuilder();
        for (int i = 0; names != null && i < names.length && i < args.length; i++) {
            if (ID_PARAMETERS.contains(names[i]) && (args[i] instanceof Number || args[i] instanceof String)) {
                String value = String.valueOf(args[i]);
                b.append(b.length() == 0 ? " " : ",").append(names[i]).append('=')
                        .append(value.length() > 64 ? value.substring(0, 64) : value);
            }
        }
        return b.toString();
    }

    private String actor(Object[] args) {
        for (Object a : args) {
            if (a instanceof Actor actor) {
                return actor.username();
            }
        }
        Authentication auth = contexts.getContext().getAuthentication();
        return auth == null ? "-" : auth.getName();
    }
}
