package cn.nianbao.domain.report;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;

/**
 * Every transition of a report goes into the security audit log too, inside the transition's transaction: a move
 * whose audit line cannot be written does not happen.
 */
@Component
class ReportTransitionsAudit {

    static final String PREFIX = "REPORT_";
    /** Each event class's name in capitals, worked out once: the regular expression ran on every transition. */
    private static final java.util.Map<Class<?>, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private final SecurityAuditLog log;

    ReportTransitionsAudit(SecurityAuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(ReportEvent e) {
        String by = by(e);
        if (by != null) {
            log.record(by, action(e), target(e.report()), AuditOutcome.SUCCESS);
        }
    }

    /** Who made the move; null for the route's reminders, which are not security events. */
    static String by(ReportEvent e) {
        if (e instanceof ReportSubmitted s) {
            return s.by();
        } else if (e instanceof ReportWithdrawn w) {
            return w.by();
        } else if (e instanceof StageDecided d) {
            return d.by();
        } else if (e instanceof ReportReturned r) {
            return r.by();
        } else if (e instanceof PublicationScheduled p) {
            return p.by();
        } else if (e instanceof ReportPublished p) {
            return p.by();
        } else if (e instanceof CorrectionOpened c) {
            return c.by();
        }
        return null;
    }

    /** REPORT_SUBMITTED, REPORT_STAGE_DECIDED_SECRECY_REVIEW, REPORT_RETURNED_LEADER_SIGNOFF … */
    static String action(ReportEvent e) {
        String name = NAMES.computeIfAbsent(e.getClass(),
                c -> c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        String base = name.startsWith(PREFIX) ? name : PREFIX + name;
        if (e instanceof StageDecided d) {
            return base + "_" + d.stage().name();
        }
        if (e instanceof ReportReturned r) {
            return base + "_" + r.stage().name();
        }
        return base;
    }

    static String target(ReportFacts r) {
        return "report:" + r.reportId() + " " + r.unitCode() + "/" + r.year();
    }
}
