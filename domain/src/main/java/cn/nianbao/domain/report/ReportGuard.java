package cn.nianbao.domain.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.i18n.Messages;
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
        Report report = id == null ? null : reports.findById(id).orElse(null);
        if (report == null || !canSee(actor, report.getUnit())) {
            throw Refusal.notFound(TEXT.get("refuse.report_not_found"));
        }
        return report;
    }

    boolean canSee(Actor actor, Unit unit) {
        return actor.belongsTo(unit.getId()) || isReviewingOfficeOf(actor, unit);
    }

    /** The county office of the unit or of any unit above it reviews, publishes and corrects its reports. */
    boolean isReviewingOfficeOf(Actor actor, Unit unit) {
        return unit.selfAndAncestorIds().stream().anyMatch(id -> actor.has(Role.COUNTY_OFFICE, id));
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

    /** Holds the stage's role for this report: in the unit, or for 县级审核 in an office above it. */
    void requireStageRole(Actor actor, Report report, ReviewStage stage) {
        boolean may = stage.role() == Role.COUNTY_OFFICE ? isReviewingOfficeOf(actor, report.getUnit())
                : actor.has(stage.role(), report.getUnit().getId());
        if (!may) {
            throw Refusal.forbidden(TEXT.get("refuse.not_stage_reviewer", stage.label()));
        }
    }

    /** The county overview (who has reported, the published totals) is for the offices; it holds no draft content. */
    void requireCountyReader(Actor actor, Long countyId) {
        boolean may = actor.isAdmin() || units.findEntity(countyId)
                .map(c -> c.selfAndAncestorIds().stream().anyMatch(id -> actor.has(Role.COUNTY_OFFICE, id))).orElse(false);
        if (!may) {
            throw Refusal.forbidden(TEXT.get("refuse.not_county_reader"));
        }
    }

    /** Every unit whose reports the actor may list. */
    List<Long> visibleUnitIds(Actor actor) {
        Set<Long> ids = new LinkedHashSet<>();
        actor.grants().forEach(g -> {
            if (g.unitId() == null) {
                return;
            }
            ids.add(g.unitId());
            if (g.role() == Role.COUNTY_OFFICE) {
                units.children(g.unitId()).forEach(u -> ids.add(u.id()));
            }
        });
        return new ArrayList<>(ids);
    }
}
