package cn.nianbao.domain.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.oversight.Offices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/**
 * The one access guard of the report feature. Who may see a unit's reports: its own people, the reviewing office
 * above it, and admins; everyone else is told the report does not exist, so ids cannot be probed. Who may act:
 * the unit's clerk drafts, the stage's role decides, the reviewing office publishes and corrects.
 */
@Component
class ReportGuard {

    private static final Messages TEXT = Messages.of("report");

    private final ReportRepository reports;
    private final UnitService units;

    ReportGuard(ReportRepository reports, UnitService units) {
        this.reports = reports;
        this.units = units;
    }

    /** The report, if the actor may see it; otherwise "not found", whether it exists or not. */
    Report visible(Actor actor, Long id) {
        Report report = id == null ? null : reports.findWithUnitById(id).orElse(null);
        if (report == null) {
            throw Refusal.notFound(TEXT.get("refuse.report_not_found"));
        }
        if (!canSee(actor, report.getUnit())) {
            // the same answer as a missing report, which the security audit records as a refusal
            throw Refusal.hidden(TEXT.get("refuse.report_not_found"), "report:" + id);
        }
        return report;
    }

    /** Its own people, any office at or above it (read-only unless reviewing), administrators. */
    boolean canSee(Actor actor, Unit unit) {
        return actor.belongsTo(unit.getId()) || Offices.oversees(actor, unit);
    }

    /**
     * The office of the unit's reviewing area (a township's county, a city department's city) reviews, publishes
     * and corrects its reports; an office higher up only reads them.
     */
    boolean isReviewingOfficeOf(Actor actor, Unit unit) {
        return Offices.isReviewingOffice(actor, unit);
    }

    void requireClerk(Actor actor, Report report, String messageKey) {
        if (!actor.has(Role.CLERK, report.getUnit().getId())) {
            throw Refusal.forbidden(TEXT.get(messageKey));
        }
    }

    void requireReviewingOffice(Actor actor, Report report) {
        if (!isReviewingOfficeOf(actor, report.getUnit())) {
            throw Refusal.forbidden(TEXT.get("refuse.not_county_office"));
        }
    }

    /** Holds the stage's role for this report: in the unit, or for 县级审核 the reviewing office of its level. */
    void requireStageRole(Actor actor, Report report, ReviewStage stage) {
        boolean may = stage.role() == Role.COUNTY_OFFICE ? isReviewingOfficeOf(actor, report.getUnit())
                : actor.has(stage.role(), report.getUnit().getId());
        if (!may) {
            throw Refusal.forbidden(TEXT.get("refuse.not_stage_reviewer", stage.label()));
        }
    }

    /** The overview (cockpit, published totals) of an area: an office at or above it, or an administrator (no drafts in it). */
    void requireCountyReader(Actor actor, Long areaId) {
        boolean may = actor.isAdmin() || units.findEntity(areaId).map(a -> Offices.oversees(actor, a)).orElse(false);
        if (!may) {
            throw Refusal.forbidden(TEXT.get("refuse.not_county_reader"));
        }
    }

    /**
     * The reports the actor may list, as a query condition rather than an id list: a province office sees ~15,000
     * units, so its reach is a prefix of the unit path and the database does the rest. Administrators manage units
     * and people and list no report (三权分立).
     */
    Specification<Report> visibleReports(Actor actor) {
        List<Long> own = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        actor.grants().forEach(g -> {
            if (g.unitId() == null) {
                return;
            }
            if (Offices.isOffice(g)) {
                units.findEntity(g.unitId()).ifPresent(u -> prefixes.add(u.getPath()));
            } else {
                own.add(g.unitId());
            }
        });
        return (root, query, cb) -> {
            Join<Report, Unit> unit = root.join("unit");
            List<Predicate> any = new ArrayList<>();
            if (!own.isEmpty()) {
                any.add(unit.get("id").in(own));
            }
            prefixes.forEach(p -> any.add(cb.like(unit.get("path"), p + "%")));
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }
}
