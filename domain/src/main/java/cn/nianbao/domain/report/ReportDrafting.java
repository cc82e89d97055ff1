package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.S2Table;
import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.FindingMask;
import cn.nianbao.domain.rule.RuleNames;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.rule.ValidationContext;
import cn.nianbao.domain.rule.ValidationResult;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.Actor;

/**
 * The clerk's side of a report: create it (prefilled from last year), edit it, validate it, submit it, take a
 * submission back. Every call is checked against the actor by the report guard.
 */
@Service
@Transactional
public class ReportDrafting {

    private static final Messages TEXT = Messages.of("report");

    private final ReportRepository reports;
    private final ReportGuard guard;
    private final ReportValidation validation;
    private final UnitService units;
    private final ReportFormats formats;
    private final AuditTrail audit;
    private final WarningExplanationRepository explanations;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;

    ReportDrafting(ReportRepository reports, ReportGuard guard, ReportValidation validation, UnitService units,
                   ReportFormats formats, AuditTrail audit, WarningExplanationRepository explanations,
                   ApplicationEventPublisher events, EntityManager em, Clock clock) {
        this.reports = reports;
        this.guard = guard;
        this.validation = validation;
        this.units = units;
        this.formats = formats;
        this.audit = audit;
        this.explanations = explanations;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ creating

    /** A new draft for the unit's year in the year's format, prefilled from last year's report. */
    public ReportView createDraft(Actor actor, String unitCode, int year) {
        Unit unit = clerkUnit(actor, unitCode);
        requireNotAhead(year);
        ReportFormat format = formatFor(formats, year);
        requireNew(unit, year);
        ReportContent empty = new ReportContent(format.id(), year, unit.ref(), blankTexts(), Map.of());
        ReportContent prefilled = reports.findByUnitIdAndYear(unit.getId(), year - 1)
                .map(last -> carryOver(format, last.content(), empty)).orElse(empty);
        ContentBounds.require(format, prefilled);
        return created(Report.draft(unit, prefilled, actor.username(), clock.instant()), actor);
    }

    /** A new draft from an imported report JSON. */
    public ReportView createFromContent(Actor actor, ReportContent content) {
        Unit unit = clerkUnit(actor, content.unit().code());
        requireNotAhead(content.year());
        ContentBounds.require(formatOf(content), content);
        formatFor(formats, content.year());
        requireNew(unit, content.year());
        return created(Report.draft(unit, content.withUnit(unit.ref()), actor.username(), clock.instant()), actor);
    }

    private ReportView created(Report report, Actor actor) {
        Report saved;
        try {
            saved = reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            // two creations of one unit's year at once: the database's unique key decides, the loser is told why
            throw Refusal.conflict("REPORT_EXISTS", TEXT.get("refuse.report_exists", report.getUnit().getShortName(),
                    report.getYear()));
        }
        audit.record(saved, actor.username(), AuditAction.CREATE, null, null, ReportStatus.DRAFT, null);
        return saved.view();
    }

    private void requireNew(Unit unit, int year) {
        if (reports.existsByUnitIdAndYear(unit.getId(), year)) {
            throw Refusal.conflict("REPORT_EXISTS", TEXT.get("refuse.report_exists", unit.getShortName(), year));
        }
    }

    /** A year more than one ahead of the year being reported has no facts yet: refused, whatever the client. */
    private void requireNotAhead(int year) {
        int latest = ReportYear.latestCreatable(clock);
        if (year > latest) {
            throw Refusal.invalid("YEAR_AHEAD", TEXT.get("refuse.year_ahead", year, ReportYear.current(clock), latest));
        }
    }

    static ReportFormat formatFor(ReportFormats formats, int year) {
        try {
            return formats.forYear(year);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("NO_FORMAT", TEXT.get("refuse.no_format", year));
        }
    }

    /**
     * What carries over: 上年结转 from last year's 结转下年度继续办理 (every column), and in section 二 the
     * running figures (上一年项目数量, 对外公开总数量, 现行有效件数) where both years share the format.
     */
    static ReportContent carryOver(ReportFormat format, ReportContent last, ReportContent draft) {
        ReportContent out = draft;
        for (var col : format.s3().columns()) {
            BigDecimal v = last.cell("s3." + S3Matrix.CARRIED_FORWARD + "." + col.key());
            out = out.withCell("s3." + S3Matrix.CARRIED_OVER + "." + col.key(), v);
        }
        if (last.formatId().equals(format.id())) {
            for (S2Table t : format.s2Tables()) {
                for (var row : t.rows()) {
                    String base = "s2." + t.key() + "." + row.key() + ".";
                    if (format.cell(base + "prev_items").isPresent() && format.cell(base + "change").isPresent()) {
                        out = out.withCell(base + "prev_items", last.number(base + "prev_items").add(last.number(base + "change")));
                    }
                    for (String running : List.of("total_published", "in_force")) {
                        if (format.cell(base + running).isPresent()) {
                            out = out.withCell(base + running, last.cell(base + running));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> blankTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String s : ReportContent.SECTION_KEYS) {
            texts.put(s, "");
        }
        return texts;
    }

    /** The report's current content with last year's carry-over applied (the editor's "按上年预填"). */
    @Transactional(readOnly = true)
    public ReportContent withCarryOver(Actor actor, Long id) {
        Report report = guard.visible(actor, id);
        ReportFormat format = formats.get(report.getFormatId());
        return reports.findByUnitIdAndYear(report.getUnit().getId(), report.getYear() - 1)
                .filter(last -> guard.canSee(actor, last.getUnit()))
                .map(last -> carryOver(format, last.content(), report.content())).orElse(report.content());
    }

    // ------------------------------------------------------------------ editing

    /** Replaces the content; {@code expectedVersion} is the version the editor started from. */
    public ReportView update(Actor actor, Long id, long expectedVersion, ReportContent content) {
        Report report = guard.visible(actor, id);
        guard.requireClerk(actor, report, "refuse.only_clerk_edits");
        ContentBounds.require(formatOf(content), content);
        // a save of what is stored (an autosave, a second click) is no edit: no new version, no history line
        if (report.getVersion() == expectedVersion && report.getStatus().editable()
                && SameContent.of(report.content(), content)) {
            return report.view();
        }
        report.edit(content, expectedVersion, actor.username(), clock.instant());
        try {
            Report saved = reports.saveAndFlush(report);
            audit.record(saved, actor.username(), AuditAction.EDIT, null, saved.getStatus(), saved.getStatus(), null);
            return saved.view();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw Refusal.stale(TEXT.get("refuse.stale"));
        }
    }

    /**
     * The clerk's 「遮盖」: replaces one confidentiality finding's match (named by {@code Finding.clearanceKey()})
     * with its masked form in the stored text, as an edit from {@code expectedVersion}; answers the new version.
     */
    public ReportView mask(Actor actor, Long id, long expectedVersion, String clearanceKey) {
        Report report = guard.visible(actor, id);
        guard.requireClerk(actor, report, "refuse.only_clerk_masks");
        report.requireEditable(expectedVersion);
        Finding finding = validation.of(actor, report).findings().stream()
                .filter(f -> f.severity() == Severity.REVIEW && f.clearanceKey().equals(clearanceKey)).findFirst()
                .orElseThrow(() -> Refusal.invalid("UNKNOWN_FINDING", TEXT.get("refuse.unknown_finding", clearanceKey)));
        if (!FindingMask.maskable(finding)) {
            throw Refusal.invalid("NOT_MASKABLE", TEXT.get("refuse.not_maskable", clearanceKey));
        }
        String masked = FindingMask.masked(finding);
        ReportContent content = report.content();
        String text = content.text(finding.at());
        int from = finding.offset();
        String replaced = text.substring(0, from) + masked + text.substring(from + finding.match().length());
        report.edit(content.withText(finding.at(), replaced), expectedVersion, actor.username(), clock.instant());
        try {
            Report saved = reports.saveAndFlush(report);
            audit.record(saved, actor.username(), AuditAction.EDIT, null, saved.getStatus(), saved.getStatus(),
                    TEXT.get("audit.masked", RuleNames.of(finding.rule()),
                            formats.get(saved.getFormatId()).section(finding.at()).title(), masked));
            return saved.view();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw Refusal.stale(TEXT.get("refuse.stale"));
        }
    }

    // ------------------------------------------------------------------ validating

    @Transactional(readOnly = true)
    public ValidationResult validate(Actor actor, Long id) {
        return validation.of(actor, guard.visible(actor, id));
    }

    /**
     * What validating the report needs besides its content (last year's report, the word lists, the neighbours'
     * names and sketches), looked up once: the editor opens with it and checks every keystroke against it.
     */
    @Transactional(readOnly = true)
    public ValidationContext validationContext(Actor actor, Long id) {
        return validation.contextOf(actor, guard.visible(actor, id));
    }

    /**
     * Validates the editor's working copy against the context it opened with: a pure pass, no transaction and no
     * database. Submitting validates again with the context of that moment.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ValidationResult validate(ReportContent content, ValidationContext context) {
        ContentBounds.require(formatOf(content), content);
        return validation.of(content, context);
    }

    /** Validates content that is not stored (the validate API, the editor's live check). */
    @Transactional(readOnly = true)
    public ValidationResult validate(Actor actor, ReportContent content) {
        ContentBounds.require(formatOf(content), content);
        return validation.of(actor, content);
    }

    private ReportFormat formatOf(ReportContent content) {
        return formats.get(content.formatId());
    }

    // ------------------------------------------------------------------ handing in

    /** The clerk hands the report in: refused while an ERROR remains or a WARNING is unexplained. */
    public Submission submit(Actor actor, Long id, Map<String, String> given) {
        Report report = guard.visible(actor, id);
        guard.requireClerk(actor, report, "refuse.only_clerk_submits");
        if (given != null) {
            given.forEach((key, text) -> TextLimit.EXPLANATION.require(text, "explanations." + key));
        }
        ReportStatus from = report.getStatus();
        report.requireSubmittable();
        ValidationResult result = validation.of(actor, report);
        List<Finding> errors = result.of(Severity.ERROR);
        if (!errors.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "SUBMISSION_BLOCKED",
                    TEXT.get("refuse.submission_errors", errors.size()), errors);
        }
        List<Finding> warnings = result.of(Severity.WARNING);
        Map<String, CarriedExplanations.Explained> explained = CarriedExplanations.resolve(warnings,
                given == null ? Map.of() : given, previousExplanations(report));
        List<Finding> unexplained = warnings.stream().filter(w -> !explained.containsKey(w.explanationKey())).toList();
        if (!unexplained.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "SUBMISSION_BLOCKED",
                    TEXT.get("refuse.submission_unexplained", unexplained.size()), unexplained);
        }
        report.submit(actor.username(), clock.instant(), SecrecyScreen.write(result.of(Severity.REVIEW)));
        reports.saveAndFlush(report);
        for (Finding w : warnings) {
            CarriedExplanations.Explained e = explained.get(w.explanationKey());
            explanations.save(new WarningExplanation(id, report.getSubmissionNo(), w.explanationKey(), e.body(),
                    w.fingerprint(), e.carriedFrom()));
        }
        audit.record(report, actor.username(), AuditAction.SUBMIT, null, from, ReportStatus.IN_SECRECY_REVIEW, null);
        ReportFacts facts = report.facts();
        events.publishEvent(new ReportSubmitted(facts, actor.username(), actor.displayName(), report.getSubmissionNo()));
        return new Submission(facts, report.getSubmissionNo(), from == ReportStatus.RETURNED);
    }

    /**
     * The explanations the next submission would carry over unchanged, by finding key: the warnings of the stored
     * content that are the same findings the previous submission explained (the editor shows them filled in).
     */
    @Transactional(readOnly = true)
    public Map<String, String> carriedExplanations(Actor actor, Long id) {
        Report report = guard.visible(actor, id);
        return CarriedExplanations.carried(validation.of(actor, report).of(Severity.WARNING), previousExplanations(report));
    }

    /** The explanations of the latest submission (withdrawn or decided); none before the first. */
    private List<WarningExplanation> previousExplanations(Report report) {
        return report.getSubmissionNo() == 0 ? List.of()
                : explanations.findByReportIdAndSubmissionNo(report.getId(), report.getSubmissionNo());
    }

    /** The clerk takes the submission back while it still waits for its first decision (保密审查). */
    public ReportStatus withdraw(Actor actor, Long id) {
        Report report = guard.visible(actor, id);
        guard.requireClerk(actor, report, "refuse.only_clerk_withdraws");
        ReportStatus back = report.withdraw(clock.instant());
        reports.saveAndFlush(report);
        audit.record(report, actor.username(), AuditAction.WITHDRAW, null, ReportStatus.IN_SECRECY_REVIEW, back, null);
        events.publishEvent(new ReportWithdrawn(report.facts(), actor.username(), back));
        return back;
    }

    private Unit clerkUnit(Actor actor, String unitCode) {
        Unit unit = units.findByCode(unitCode).map(u -> em.find(Unit.class, u.id())).orElse(null);
        if (unit == null) {
            throw Refusal.notFound(TEXT.get("refuse.unit_not_found", unitCode));
        }
        if (!guard.canSee(actor, unit)) {
            throw Refusal.hidden(TEXT.get("refuse.unit_not_found", unitCode), "unit:" + unitCode);
        }
        if (!actor.has(cn.nianbao.domain.user.Role.CLERK, unit.getId())) {
            throw Refusal.forbidden(TEXT.get("refuse.only_clerk_creates"));
        }
        return unit;
    }
}
