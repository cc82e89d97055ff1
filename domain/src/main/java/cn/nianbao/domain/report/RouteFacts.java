package cn.nianbao.domain.report;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * What the route's timers know of a report when they fire, read as the system, not as a person. Its answer goes
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
        return reports.findById(reportId).map(Report::facts)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.report_not_found")));
    }
}
