package cn.nianbao.domain.report;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.rule.PreviousReport;
import cn.nianbao.domain.rule.ReportValidator;
import cn.nianbao.domain.rule.ValidationContext;
import cn.nianbao.domain.rule.ValidationResult;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/**
 * Validates a report with what its unit's context adds: last year's report, the county's sensitive words and the
 * names of the other units of the county. Last year's draft joins only where the reader may see drafts, so
 * validation leaks nothing.
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
    ValidationResult of(Report report) {
        return validator.validate(report.content(), contextFor(report.getUnit(), report.getYear(), true));
    }

    /** Content that is not stored (the validate API, the editor's live check). */
    ValidationResult of(Actor actor, ReportContent content) {
        Optional<Unit> unit = units.findByCode(content.unit().code()).map(u -> em.find(Unit.class, u.id()));
        ValidationContext ctx = unit.map(u -> contextFor(u, content.year(), guard.canSee(actor, u)))
                .orElse(ValidationContext.NONE);
        return validator.validate(content, ctx);
    }

    private ValidationContext contextFor(Unit unit, int year, boolean mayReadDrafts) {
        Long countyId = unit.countyId();
        Optional<PreviousReport> previous = reports.findByUnitIdAndYear(unit.getId(), year - 1)
                .filter(r -> mayReadDrafts || r.getStatus() == ReportStatus.PUBLISHED)
                .map(r -> new PreviousReport(r.content(), r.getStatus() == ReportStatus.PUBLISHED));
        List<String> others = countyId.equals(unit.getId()) ? List.of() : units.children(countyId).stream()
                .filter(u -> !u.id().equals(unit.getId())).map(UnitView::shortName)
                .filter(n -> !unit.getName().contains(n)).toList();
        return new ValidationContext(previous, sensitiveWords.words(unit.getId()), others);
    }
}
