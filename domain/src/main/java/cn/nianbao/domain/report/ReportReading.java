package cn.nianbao.domain.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.Paging;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/** Reading reports as a person: what the actor may see, and nothing else ("not found" for the rest). */
@Service
@Transactional(readOnly = true)
public class ReportReading {

    public static final int MAX_PAGE = 200;

    private static final Messages TEXT = Messages.of("report");

    private final ReportRepository reports;
    private final ReportGuard guard;
    private final UnitService units;
    private final AuditTrail audit;
    private final WarningExplanationRepository explanations;
    private final AuditEntryRepository auditEntries;

    ReportReading(ReportRepository reports, ReportGuard guard, UnitService units, AuditTrail audit,
                  WarningExplanationRepository explanations, AuditEntryRepository auditEntries) {
        this.reports = reports;
        this.guard = guard;
        this.units = units;
        this.audit = audit;
        this.explanations = explanations;
        this.auditEntries = auditEntries;
    }

    /**
     * A county whose overview (cockpit, totals) the actor may read: its county office, an office above it, or an
     * administrator; anyone else is refused.
     */
    public UnitView county(Actor actor, String countyCode) {
        UnitView county = units.findByCode(countyCode)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", countyCode)));
        guard.requireCountyReader(actor, county.id());
        return county;
    }

    public ReportView get(Actor actor, Long id) {
        return guard.visible(actor, id).view();
    }

    /** Who, which year, where it stands — without loading the content. */
    public ReportSummary summary(Actor actor, Long id) {
        return guard.visible(actor, id).summary();
    }

    /**
     * The summaries of the reports the actor may see among {@code ids}, by id, in one query (a task list names
     * the report of each task; the others are left out, as a list leaves out what its reader may not see).
     */
    public Map<Long, ReportSummary> summaries(Actor actor, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportSummary> out = new java.util.HashMap<>();
        for (Report r : reports.findWithUnitByIdIn(ids)) {
            if (guard.canSee(actor, r.getUnit())) {
                out.put(r.getId(), r.summary());
            }
        }
        return out;
    }

    /** When an approved report is set to go public, if the county office scheduled it. */
    public Optional<java.time.Instant> scheduledPublication(Actor actor, Long id) {
        return Optional.ofNullable(guard.visible(actor, id).getScheduledPublishAt());
    }

    public Optional<ReportView> find(Actor actor, String unitCode, int year) {
        return units.findByCode(unitCode).flatMap(u -> reports.findByUnitIdAndYear(u.id(), year))
                .filter(r -> guard.canSee(actor, r.getUnit())).map(Report::view);
    }

    public List<ReportSummary> list(Actor actor, Integer year, String unitCode, ReportStatus status, int page, int size) {
        Specification<Report> where = Specification.allOf(guard.visibleReports(actor));
        if (unitCode != null) {
            Long unitId = units.findByCode(unitCode).map(UnitView::id).orElse(null);
            if (unitId == null) {
                return List.of();
            }
            where = where.and((r, q, cb) -> cb.equal(r.get("unit").get("id"), unitId));
        }
        if (year != null) {
            where = where.and((r, q, cb) -> cb.equal(r.get("year"), year));
        }
        if (status != null) {
            where = where.and((r, q, cb) -> cb.equal(r.get("status"), status));
        }
        PageRequest paged = pageOf(page, size).withSort(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("unit.code")));
        return reports.findAll(where, paged).stream().map(Report::summary).toList();
    }

    static PageRequest pageOf(int page, int size) {
        // a negative page reads as the first; one past Paging.MAX_PAGE is refused before its offset overflows
        return PageRequest.of(Paging.requirePage(Math.max(page, 0)), Paging.size(size, MAX_PAGE));
    }

    public List<HistoryEntry> history(Actor actor, Long id) {
        guard.visible(actor, id);
        return audit.of(id).stream().map(AuditEntry::view).toList();
    }

    /** The written explanations of the warnings of the current submission, by finding key. */
    public Map<String, String> explanations(Actor actor, Long id) {
        Report report = guard.visible(actor, id);
        Map<String, String> out = new LinkedHashMap<>();
        explanations.findByReportIdAndSubmissionNo(id, report.getSubmissionNo())
                .forEach(e -> out.put(e.getFindingKey(), e.getBody()));
        return out;
    }

    /** How often each report was returned, for reports the actor may see (one grouped query). */
    public Map<Long, Long> returnCounts(Actor actor, List<ReportSummary> visibleReports) {
        Map<Long, Long> out = new HashMap<>();
        if (visibleReports.isEmpty()) {
            return out;
        }
        for (Object[] row : auditEntries.countReturns(visibleReports.stream().map(ReportSummary::id).toList())) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }
}
