package cn.nianbao.domain.report;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.oversight.Offices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.Unit;

/**
 * What the route's timers and its deadline sweep know of a report, read as the system, not as a person. Its answer goes
 * into an event, never to anyone who has not passed the report guard.
 */
@Service
@Transactional(readOnly = true)
public class RouteFacts {

    private static final Messages TEXT = Messages.of("report");

    private final ReportRepository reports;

    RouteFacts(ReportRepository reports) {
        this.reports = reports;
    }

    public ReportFacts of(Long reportId) {
        // asked while the route starts, in the transaction that already holds the report: found there, not queried
        return reports.findById(reportId).map(Report::facts)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.report_not_found")));
    }

    /**
     * The candidate group of the report's 县级审核 and publication, {@code "<ROLE>:<unitId>"}: the office of its
     * reviewing area (a township's county office, a city department's city office).
     */
    public String reviewGroup(Long reportId) {
        Unit area = report(reportId).getUnit().reviewingArea();
        return Offices.roleOf(area).name() + ":" + area.getId();
    }

    private Report report(Long reportId) {
        // asked while the route starts, in the transaction that already holds the report: found there, not queried
        return reports.findById(reportId)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.report_not_found")));
    }
}
