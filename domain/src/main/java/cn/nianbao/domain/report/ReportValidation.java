package cn.nianbao.domain.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.PeerReport;
import cn.nianbao.domain.rule.PreviousReport;
import cn.nianbao.domain.rule.SectionSketch;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.rule.ReportValidator;
import cn.nianbao.domain.rule.ValidationContext;
import cn.nianbao.domain.rule.ValidationResult;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/**
 * Validates a report with what its unit's context adds: last year's report, the county's sensitive words, the
 * names of the other units of the county and the sketches of their reports of the same year. Last year's draft,
 * and a peer's report that is not published, join only where the reader may see that unit's drafts: a 雷同
 * warning on an unpublished peer would tell whoever can type a guess what that peer's draft says.
 */
@Component
class ReportValidation {

    private final ReportRepository reports;
    private final ReportValidator validator;
    private final SensitiveWordService sensitiveWords;
    private final UnitService units;
    private final ReportGuard guard;
    private final EntityManager em;

    ReportValidation(ReportRepository reports, ReportValidator validator, SensitiveWordService sensitiveWords,
                     UnitService units, ReportGuard guard, EntityManager em) {
        this.reports = reports;
        this.validator = validator;
        this.sensitiveWords = sensitiveWords;
        this.units = units;
        this.guard = guard;
        this.em = em;
    }

    /** A stored report, read by someone who already passed the guard. */
    ValidationResult of(Actor actor, Report report) {
        return validator.validate(report.content(), contextOf(actor, report));
    }

    /** The context of a stored report, for someone who already passed the guard. */
    ValidationContext contextOf(Actor actor, Report report) {
        return contextFor(actor, report.getUnit(), report.getYear(), true);
    }

    /** Content against a context looked up before: the pure pass. */
    ValidationResult of(ReportContent content, ValidationContext context) {
        return validator.validate(content, context);
    }

    /**
     * The REVIEW findings a 保密审查 decision is checked against: those screened when the submission was handed in
     * (kept current when a word list changes), or, for a submission handed in before screens were kept, found now.
     */
    List<Finding> secrecyFindings(Actor actor, Report report) {
        return SecrecyScreen.read(report.secrecyScreen()).orElseGet(() -> of(actor, report).of(Severity.REVIEW));
    }

    /** The REVIEW findings of a stored report found again: they depend on its content and its word lists only. */
    List<Finding> screen(Report report) {
        ValidationContext words = new ValidationContext(Optional.empty(), sensitiveWords.words(report.getUnit().getId()),
                List.of());
        return validator.validate(report.content(), words).of(Severity.REVIEW);
    }

    /** Content that is not stored (the validate API, the editor's live check). */
    ValidationResult of(Actor actor, ReportContent content) {
        Optional<Unit> unit = units.findByCode(content.unit().code()).map(u -> em.find(Unit.class, u.id()));
        ValidationContext ctx = unit.map(u -> contextFor(actor, u, content.year(), guard.canSee(actor, u)))
                .orElse(ValidationContext.NONE);
        return validator.validate(content, ctx);
    }

    private ValidationContext contextFor(Actor actor, Unit unit, int year, boolean mayReadDrafts) {
        Long countyId = unit.countyId();
        Optional<PreviousReport> previous = reports.findByUnitIdAndYear(unit.getId(), year - 1)
                .filter(r -> mayReadDrafts || r.getStatus() == ReportStatus.PUBLISHED)
                .map(r -> new PreviousReport(r.content(), r.getStatus() == ReportStatus.PUBLISHED));
        List<String> others = countyId.equals(unit.getId()) ? List.of() : units.children(countyId).stream()
                .filter(u -> !u.id().equals(unit.getId())).map(UnitView::shortName)
                .filter(n -> !unit.getName().contains(n)).toList();
        return new ValidationContext(previous, sensitiveWords.words(unit.getId()), others, peers(actor, unit, year));
    }

    /** The peers' sketches of the year, each unpublished one only if the actor may see that unit's drafts. */
    private List<PeerReport> peers(Actor actor, Unit unit, int year) {
        Unit county = unit.county();
        boolean officeAbove = guard.isReviewingOfficeOf(actor, county);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<String, SectionSketch>> sketches = new HashMap<>();
        for (Object[] row : reports.peerSketches(county.getId(), year, unit.getId())) {
            Long unitId = ((Number) row[0]).longValue();
            boolean published = ReportStatus.PUBLISHED.name().equals(row[2]);
            if (!published && !officeAbove && !actor.belongsTo(unitId)) {
                continue;
            }
            names.put(unitId, (String) row[1]);
            SectionSketch.decode((String) row[4])
                    .ifPresent(sk -> sketches.computeIfAbsent(unitId, k -> new HashMap<>()).put((String) row[3], sk));
        }
        List<PeerReport> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new PeerReport(name, sketches.getOrDefault(id, Map.of()))));
        return out;
    }
}
