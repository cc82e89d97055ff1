package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.S2Table;
import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.PreviousReport;
import cn.nianbao.domain.rule.ReportValidator;
import cn.nianbao.domain.rule.ValidationContext;
import cn.nianbao.domain.rule.ValidationResult;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/**
 * Drafting and reading reports, with every permission checked here: a report the actor may not see
 * is "not found", a change the actor may not make is refused.
 */
@Service
@Transactional
public class ReportService {

    public static final int MAX_PAGE = 200;

    private final ReportRepository reports;
    private final ReportAccess access;
    private final UnitService units;
    private final ReportFormats formats;
    private final ReportValidator validator;
    private final SensitiveWordService sensitiveWords;
    private final EntityManager em;
    private final Clock clock;
    private final AuditTrail audit;
    private final PublicationRepository publications;

    ReportService(ReportRepository reports, ReportAccess access, UnitService units, ReportFormats formats,
                  ReportValidator validator, SensitiveWordService sensitiveWords, EntityManager em, Clock clock,
                  AuditTrail audit, PublicationRepository publications) {
        this.audit = audit;
        this.publications = publications;
        this.reports = reports;
        this.access = access;
        this.units = units;
        this.formats = formats;
        this.validator = validator;
        this.sensitiveWords = sensitiveWords;
        this.em = em;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ creating

    /** A new draft for the unit's year in the year's format, prefilled from last year's report. */
    public ReportView createDraft(Actor actor, String unitCode, int year) {
        Unit unit = clerkUnit(actor, unitCode);
        ReportFormat format = formatFor(year);
        requireNew(unit, year);
        ReportContent empty = new ReportContent(format.id(), year, unit.ref(), blankTexts(), Map.of());
        ReportContent prefilled = reports.findByUnitIdAndYear(unit.getId(), year - 1)
                .map(last -> carryOver(format, last.content(), empty)).orElse(empty);
        return created(new Report(unit, prefilled, ReportStatus.DRAFT, actor.username(), now()), actor);
    }

    /** A new draft from an imported report JSON. */
    public ReportView createFromContent(Actor actor, ReportContent content) {
        Unit unit = clerkUnit(actor, content.unit().code());
        formatFor(content.year());
        requireNew(unit, content.year());
        return created(new Report(unit, content.withUnit(unit.ref()), ReportStatus.DRAFT, actor.username(), now()), actor);
    }

    /** Loads an already published report (the demo seed, a migration from paper); no workflow behind it. */
    public ReportView loadPublished(ReportContent content) {
        Unit unit = unitEntity(content.unit().code());
        requireNew(unit, content.year());
        Report report = new Report(unit, content.withUnit(unit.ref()), ReportStatus.DRAFT, "system", now());
        report.moveTo(ReportStatus.PUBLISHED, now());
        Report saved = reports.saveAndFlush(report);
        publications.save(new Publication(saved.getId(), now(), "system", null, saved.content(), audit.json(saved.content()),
                audit.hash(saved.content())));
        audit.record(saved, "system", "PUBLISH", null, null, ReportStatus.PUBLISHED, "载入已发布的报告");
        return saved.view();
    }

    private ReportView created(Report report, Actor actor) {
        Report saved = reports.saveAndFlush(report);
        audit.record(saved, actor.username(), "CREATE", null, null, ReportStatus.DRAFT, null);
        return saved.view();
    }

    private void requireNew(Unit unit, int year) {
        if (reports.existsByUnitIdAndYear(unit.getId(), year)) {
            throw Refusal.conflict("REPORT_EXISTS", unit.getShortName() + year + "年度的报告已经存在，每个单位每年只有一份报告");
        }
    }

    private ReportFormat formatFor(int year) {
        try {
            return formats.forYear(year);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("NO_FORMAT", year + "年度没有适用的官方报告格式（2019 年起）");
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
        Report report = visible(actor, id);
        ReportFormat format = formats.get(report.getFormatId());
        return reports.findByUnitIdAndYear(report.getUnit().getId(), report.getYear() - 1)
                .filter(last -> access.canSee(actor, last.getUnit()))
                .map(last -> carryOver(format, last.content(), report.content())).orElse(report.content());
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public ReportView get(Actor actor, Long id) {
        return visible(actor, id).view();
    }

    /** Who, which year, where it stands — without loading the content. */
    @Transactional(readOnly = true)
    public ReportSummary summary(Actor actor, Long id) {
        return visible(actor, id).summary();
    }

    @Transactional(readOnly = true)
    public Optional<ReportView> find(Actor actor, String unitCode, int year) {
        return units.findByCode(unitCode).flatMap(u -> reports.findByUnitIdAndYear(u.id(), year))
                .filter(r -> access.canSee(actor, r.getUnit())).map(Report::view);
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> list(Actor actor, Integer year, String unitCode, ReportStatus status, int page, int size) {
        List<Long> unitIds = access.visibleUnitIds(actor);
        if (unitCode != null) {
            unitIds = units.findByCode(unitCode).map(UnitView::id).filter(unitIds::contains).map(List::of).orElse(List.of());
        }
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return reports.search(unitIds, year, status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)))
                .stream().map(Report::summary).toList();
    }

    /** Published reports for the public, newest first; {@code nameContains} searches unit names. */
    @Transactional(readOnly = true)
    public List<ReportSummary> published(Integer year, String unitCode, String nameContains, int page, int size) {
        String like = nameContains == null || nameContains.isBlank() ? null
                : "%" + nameContains.strip().replace("%", "").replace("_", "") + "%";
        return reports.published(year, unitCode, like, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)))
                .stream().map(Report::summary).toList();
    }

    /** The id and summary of a unit's report of a year, if any version of it was ever published. */
    @Transactional(readOnly = true)
    public Optional<ReportSummary> publishedSummary(String unitCode, int year) {
        return units.findByCode(unitCode).flatMap(u -> reports.findByUnitIdAndYear(u.id(), year))
                .filter(r -> publications.findFirstByReportIdOrderByIdDesc(r.getId()).isPresent()).map(Report::summary);
    }

    // ------------------------------------------------------------------ editing

    /** Replaces the content; {@code expectedVersion} is the version the editor started from. */
    public ReportView update(Actor actor, Long id, long expectedVersion, ReportContent content) {
        Report report = visible(actor, id);
        if (!actor.has(Role.CLERK, report.getUnit().getId())) {
            throw Refusal.forbidden("只有本单位的起草人可以修改报告");
        }
        if (!report.getStatus().editable()) {
            throw Refusal.conflict("NOT_EDITABLE", "报告正在审核或已发布（" + report.getStatus() + "），内容不能修改");
        }
        if (report.getVersion() != expectedVersion) {
            throw Refusal.stale("报告已被他人修改（当前版本 " + report.getVersion() + "，您编辑的是版本 " + expectedVersion
                    + "），请重新打开后再修改");
        }
        if (!content.unit().code().equals(report.getUnit().getCode()) || content.year() != report.getYear()) {
            throw Refusal.invalid("UNIT_YEAR_MISMATCH", "报告内容的单位或年度与该报告不一致");
        }
        report.replaceContent(content.withUnit(report.getUnit().ref()), actor.username(), now());
        try {
            Report saved = reports.saveAndFlush(report);
            audit.record(saved, actor.username(), "EDIT", null, saved.getStatus(), saved.getStatus(), null);
            return saved.view();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw Refusal.stale("报告已被他人修改，请重新打开后再修改");
        }
    }

    // ------------------------------------------------------------------ validating

    @Transactional(readOnly = true)
    public ValidationResult validate(Actor actor, Long id) {
        Report report = visible(actor, id);
        return validator.validate(report.content(), contextFor(report.getUnit(), report.getYear(), true));
    }

    /**
     * Validates content that is not stored (the validate API, the editor's live check). Last year's report
     * joins only where the actor may see it or it is published, so validation leaks nothing.
     */
    @Transactional(readOnly = true)
    public ValidationResult validate(Actor actor, ReportContent content) {
        Optional<Unit> unit = units.findByCode(content.unit().code()).map(u -> em.find(Unit.class, u.id()));
        ValidationContext ctx = unit.map(u -> contextFor(u, content.year(), access.canSee(actor, u)))
                .orElse(ValidationContext.NONE);
        return validator.validate(content, ctx);
    }

    private ValidationContext contextFor(Unit unit, int year, boolean mayReadDrafts) {
        Long countyId = unit.getParent() == null ? unit.getId() : unit.getParent().getId();
        Optional<PreviousReport> previous = reports.findByUnitIdAndYear(unit.getId(), year - 1)
                .filter(r -> mayReadDrafts || r.getStatus() == ReportStatus.PUBLISHED)
                .map(r -> new PreviousReport(r.content(), r.getStatus() == ReportStatus.PUBLISHED));
        List<String> others = unit.getParent() == null ? List.of() : units.children(countyId).stream()
                .filter(u -> !u.id().equals(unit.getId())).map(UnitView::shortName)
                .filter(n -> !unit.getName().contains(n)).toList();
        return new ValidationContext(previous, sensitiveWords.words(countyId), others);
    }

    // ------------------------------------------------------------------ aggregating

    /**
     * Every cell summed over the current published version of each of the county's reports of the year, by
     * one SQL aggregate (a report under correction counts with the numbers the public sees).
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> sumPublishedCells(Long countyId, int year) {
        Map<String, BigDecimal> out = new HashMap<>();
        String formatId = formatFor(year).id();
        for (Object[] row : reports.sumPublishedCells(countyId, year, formatId)) {
            out.put((String) row[0], new BigDecimal(row[1].toString()));
        }
        return out;
    }

    /** Drill-down: one cell's published value per unit of the county (units without a value are absent). */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> publishedCellByUnit(Long countyId, int year, String cellKey) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        for (Object[] row : reports.publishedCellByUnit(countyId, year, cellKey)) {
            out.put((String) row[0], new BigDecimal(row[1].toString()));
        }
        return out;
    }

    /** How many of the county's units have a published report of the year, and how many units there are. */
    @Transactional(readOnly = true)
    public long publishedCount(Long countyId, int year) {
        return reports.countPublished(countyId, year);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A report's summary for routing and notifications, which run as the system, not as a person; it must
     * not be handed to anyone who has not passed a permission check.
     */
    @Transactional(readOnly = true)
    public Optional<ReportSummary> summaryForRouting(Long id) {
        return reports.findById(id).map(Report::summary);
    }

    /** Who submitted the report last (the person told of returns and publication). */
    @Transactional(readOnly = true)
    public String submittedBy(Long id) {
        return reports.findById(id).map(Report::getSubmittedBy).orElse(null);
    }

    /** The county above a unit (the unit itself for a county), for routing to its county office. */
    @Transactional(readOnly = true)
    public Long unitParent(Long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        return unit == null ? null : unit.getParent() == null ? unit.getId() : unit.getParent().getId();
    }

    private Report visible(Actor actor, Long id) {
        Report report = id == null ? null : reports.findById(id).orElse(null);
        if (report == null || !access.canSee(actor, report.getUnit())) {
            throw Refusal.notFound("报告不存在或您无权查看");
        }
        return report;
    }

    private Unit clerkUnit(Actor actor, String unitCode) {
        Unit unit = units.findByCode(unitCode).map(u -> em.find(Unit.class, u.id())).orElse(null);
        if (unit == null || !access.canSee(actor, unit)) {
            throw Refusal.notFound("单位「" + unitCode + "」不存在或您无权查看");
        }
        if (!actor.has(Role.CLERK, unit.getId())) {
            throw Refusal.forbidden("只有本单位的起草人可以创建报告");
        }
        return unit;
    }

    private Unit unitEntity(String code) {
        return units.findByCode(code).map(u -> em.find(Unit.class, u.id()))
                .orElseThrow(() -> Refusal.notFound("单位「" + code + "」不存在"));
    }

    private Instant now() {
        return clock.instant();
    }
}
