package cn.nianbao.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.rule.ValidationResult;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/**
 * The legal moves of a report from submission to publication, and who may make them. The workflow routes;
 * this service decides, records every move in the audit trail, and refuses what is not allowed.
 */
@Service
@Transactional
public class ReportLifecycleService {

    public static final String SYSTEM = "system";

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportService reportService;
    private final AuditTrail audit;
    private final WarningExplanationRepository explanations;
    private final PublicationRepository publications;
    private final ReportJsonCodec codec;
    private final Clock clock;
    private final SecrecyReviewRepository secrecyReviews;
    private final AuditEntryRepository auditEntries;
    private final cn.nianbao.domain.format.ReportFormats formats;

    ReportLifecycleService(ReportRepository reports, ReportAccess access, ReportService reportService, AuditTrail audit,
                           WarningExplanationRepository explanations, PublicationRepository publications,
                           ReportJsonCodec codec, Clock clock, SecrecyReviewRepository secrecyReviews,
                           cn.nianbao.domain.format.ReportFormats formats, AuditEntryRepository auditEntries) {
        this.auditEntries = auditEntries;
        this.secrecyReviews = secrecyReviews;
        this.formats = formats;
        this.reports = reports;
        this.access = access;
        this.reportService = reportService;
        this.audit = audit;
        this.explanations = explanations;
        this.publications = publications;
        this.codec = codec;
        this.clock = clock;
    }

    /** The clerk hands the report in: refused while an ERROR remains or a WARNING is unexplained. */
    public Submission submit(Actor actor, Long id, Map<String, String> given) {
        Report report = visible(actor, id);
        if (!actor.has(Role.CLERK, report.getUnit().getId())) {
            throw Refusal.forbidden("只有本单位的起草人可以提交报告");
        }
        ReportStatus from = report.getStatus();
        if (!from.editable()) {
            throw Refusal.conflict("NOT_SUBMITTABLE", "报告当前状态（" + from + "）不能提交");
        }
        ValidationResult result = reportService.validate(actor, id);
        List<Finding> errors = result.of(Severity.ERROR);
        if (!errors.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "SUBMISSION_BLOCKED",
                    "报告还有 " + errors.size() + " 处错误，改正后才能提交", errors);
        }
        Map<String, String> explained = given == null ? Map.of() : given;
        List<Finding> unexplained = result.of(Severity.WARNING).stream()
                .filter(w -> explained.getOrDefault(w.explanationKey(), "").isBlank()).toList();
        if (!unexplained.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "SUBMISSION_BLOCKED",
                    "还有 " + unexplained.size() + " 条提示没有书面说明，请逐条说明后再提交", unexplained);
        }
        report.submitted(actor.username());
        report.moveTo(ReportStatus.IN_SECRECY_REVIEW, clock.instant());
        reports.saveAndFlush(report);
        for (Finding w : result.of(Severity.WARNING)) {
            explanations.save(new WarningExplanation(id, report.getSubmissionNo(), w.explanationKey(),
                    explained.get(w.explanationKey()).strip()));
        }
        audit.record(report, actor.username(), "SUBMIT", null, from, ReportStatus.IN_SECRECY_REVIEW, null);
        return new Submission(id, report.getUnit().getId(), countyOf(report.getUnit()), report.getSubmissionNo(),
                from == ReportStatus.RETURNED);
    }

    /**
     * A reviewer's decision on the stage the report waits in. Segregation of duties: whoever edited or submitted
     * this submission may not review it, and nobody decides two stages of one submission.
     */
    public ReportStatus decide(Actor actor, Long id, ReviewStage stage, Decision decision, String comment) {
        return decide(actor, id, stage, decision, comment, null);
    }

    /**
     * As above; at 保密审查 an approval also needs the clearing: a conclusion and a reason for every REVIEW
     * finding (each occurrence), which become the submission's 保密审查 record.
     */
    public ReportStatus decide(Actor actor, Long id, ReviewStage stage, Decision decision, String comment,
                               SecrecyClearing clearing) {
        Report report = visible(actor, id);
        if (report.getStatus() != stage.status()) {
            throw Refusal.conflict("ALREADY_HANDLED", "该报告的" + stage.chinese() + "已经处理过了");
        }
        if (!mayDecide(actor, report, stage)) {
            throw Refusal.forbidden("您不是该报告" + stage.chinese() + "环节的审核人");
        }
        int round = report.getSubmissionNo();
        Set<String> authors = new HashSet<>();
        authors.add(report.getSubmittedBy());
        authors.add(report.getLastEditedBy());
        Set<String> deciders = new HashSet<>();
        for (AuditEntry e : audit.of(id)) {
            boolean authoring = e.getAction().equals("EDIT") || e.getAction().equals("CREATE") || e.getAction().equals("SUBMIT");
            if (authoring && e.getSubmissionNo() >= round - 1) {
                authors.add(e.getActor());
            }
            if (e.getAction().equals("APPROVE") && e.getSubmissionNo() == round) {
                deciders.add(e.getActor());
            }
        }
        if (authors.contains(actor.username())) {
            throw Refusal.forbidden("您起草或修改了本次提交的内容，不能审核自己的报告");
        }
        if (deciders.contains(actor.username())) {
            throw Refusal.forbidden("同一人不能在同一次提交中完成两个审核环节");
        }
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw Refusal.invalid("COMMENT_REQUIRED", "退回时必须填写退回理由");
        }
        if (stage == ReviewStage.SECRECY_REVIEW && decision == Decision.APPROVE) {
            recordSecrecyReview(actor, report, clearing, comment);
        }
        ReportStatus next = decision == Decision.APPROVE ? stage.next() : ReportStatus.RETURNED;
        report.moveTo(next, clock.instant());
        reports.saveAndFlush(report);
        audit.record(report, actor.username(), decision.name(), stage, stage.status(), next,
                comment == null ? null : comment.strip());
        return next;
    }

    private void recordSecrecyReview(Actor actor, Report report, SecrecyClearing clearing, String comment) {
        SecrecyClearing given = clearing == null ? new SecrecyClearing(null, Map.of()) : clearing;
        // a reviewer who writes only the decision's comment has written the conclusion
        SecrecyClearing c = given.conclusion() == null || given.conclusion().isBlank()
                ? new SecrecyClearing(comment, given.reasons()) : given;
        List<Finding> review = reportService.validate(actor, report.getId()).of(Severity.REVIEW);
        List<Finding> uncleared = review.stream()
                .filter(f -> c.reasons().getOrDefault(f.clearanceKey(), "").isBlank()).toList();
        if (!uncleared.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "UNCLEARED_FINDINGS", "还有 " + uncleared.size()
                    + " 处保密预审发现没有处理：请逐条说明可以公开的理由，或退回修改", uncleared);
        }
        if (c.conclusion() == null || c.conclusion().isBlank()) {
            throw Refusal.invalid("CONCLUSION_REQUIRED", "保密审查通过时必须填写审查结论（conclusion 或 comment）");
        }
        SecrecyReview record = new SecrecyReview(report.getId(), report.getSubmissionNo(), actor.username(),
                clock.instant(), c.conclusion().strip());
        review.forEach(f -> record.clear(f.clearanceKey(), f.match(), c.reasons().get(f.clearanceKey()).strip()));
        secrecyReviews.save(record);
    }

    /** The latest 保密审查 record of the report, if it passed 保密审查 at least once. */
    @Transactional(readOnly = true)
    public Optional<SecrecyRecord> secrecyRecord(Actor actor, Long id) {
        visible(actor, id);
        return secrecyReviews.findFirstByReportIdOrderByIdDesc(id).map(SecrecyReview::view);
    }

    /**
     * What changed since this stage last decided on the report (empty the first time): every cell and text
     * that differs, with its official label.
     */
    @Transactional(readOnly = true)
    public List<ReportChange> changesSinceLastDecision(Actor actor, Long id, ReviewStage stage) {
        Report report = visible(actor, id);
        String before = null;
        for (AuditEntry e : audit.of(id)) {
            if (stage.name().equals(e.getStage()) && e.getContentJson() != null) {
                before = e.getContentJson();
            }
        }
        if (before == null) {
            return List.of();
        }
        ReportContent was = codec.read(before);
        ReportContent now = report.content();
        List<ReportChange> out = new java.util.ArrayList<>();
        var format = formats.get(now.formatId());
        for (var s : format.sections()) {
            if (!was.text(s.key()).equals(now.text(s.key()))) {
                out.add(new ReportChange(s.key(), s.title(), was.text(s.key()), now.text(s.key())));
            }
        }
        for (var cell : format.cells().values()) {
            var a = was.cell(cell.key());
            var b = now.cell(cell.key());
            boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
            if (!same) {
                String label = format.section(cell.section()).title() + "："
                        + (cell.tableLabel() == null ? "" : cell.tableLabel() + " ") + cell.rowLabel() + " / " + cell.columnLabel();
                out.add(new ReportChange(cell.key(), label, a == null ? "" : a.toPlainString(), b == null ? "" : b.toPlainString()));
            }
        }
        return out;
    }

    /** Publishes an approved report now (county office), or when its scheduled time comes (system). */
    public void publish(Actor actor, Long id) {
        Report report = visible(actor, id);
        requireCountyOffice(actor, report);
        publish(report, actor.username());
    }

    public boolean publishScheduled(Long id) {
        Report report = reports.findById(id).orElse(null);
        if (report == null || report.getStatus() != ReportStatus.APPROVED) {
            return false;
        }
        publish(report, SYSTEM);
        return true;
    }

    private void publish(Report report, String by) {
        if (report.getStatus() != ReportStatus.APPROVED) {
            throw Refusal.conflict("NOT_APPROVED", "只有县级审核通过的报告才能发布（当前状态 " + report.getStatus() + "）");
        }
        String reason = report.isInCorrection() ? report.getCorrectionReason() : null;
        report.closeCorrection();
        report.schedulePublication(null);
        report.moveTo(ReportStatus.PUBLISHED, clock.instant());
        reports.saveAndFlush(report);
        String json = codec.write(report.content());
        publications.save(new Publication(report.getId(), clock.instant(), by, reason, report.content(), json,
                audit.hash(report.content())));
        audit.record(report, by, "PUBLISH", null, ReportStatus.APPROVED, ReportStatus.PUBLISHED, reason);
    }

    public void schedulePublication(Actor actor, Long id, Instant at) {
        Report report = visible(actor, id);
        requireCountyOffice(actor, report);
        if (report.getStatus() != ReportStatus.APPROVED) {
            throw Refusal.conflict("NOT_APPROVED", "只有县级审核通过的报告才能定时发布");
        }
        if (at == null || !at.isAfter(clock.instant())) {
            throw Refusal.invalid("BAD_TIME", "定时发布的时间必须晚于现在");
        }
        report.schedulePublication(at);
        audit.record(report, actor.username(), "SCHEDULE", null, ReportStatus.APPROVED, ReportStatus.APPROVED,
                "定时发布：" + at);
    }

    /** The county office reopens a published report for a correction (更正) with a public reason. */
    public void openCorrection(Actor actor, Long id, String reason) {
        Report report = visible(actor, id);
        requireCountyOffice(actor, report);
        if (report.getStatus() != ReportStatus.PUBLISHED) {
            throw Refusal.conflict("NOT_PUBLISHED", "只有已发布的报告才能更正");
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("REASON_REQUIRED", "更正必须填写公开的更正说明");
        }
        report.openCorrection(reason.strip());
        report.moveTo(ReportStatus.IN_CORRECTION, clock.instant());
        reports.saveAndFlush(report);
        audit.record(report, actor.username(), "CORRECTION", null, ReportStatus.PUBLISHED, ReportStatus.IN_CORRECTION,
                reason.strip());
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Actor actor, Long id) {
        visible(actor, id);
        return audit.of(id).stream().map(AuditEntry::view).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, String> explanations(Actor actor, Long id) {
        Report report = visible(actor, id);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        explanations.findByReportIdAndSubmissionNo(id, report.getSubmissionNo())
                .forEach(e -> out.put(e.getFindingKey(), e.getBody()));
        return out;
    }

    /** How often each report was returned, for the reports the actor may see (one grouped query). */
    @Transactional(readOnly = true)
    public Map<Long, Long> returnCounts(Actor actor, List<ReportSummary> visibleReports) {
        Map<Long, Long> out = new java.util.HashMap<>();
        if (visibleReports.isEmpty()) {
            return out;
        }
        for (Object[] row : auditEntries.countReturns(visibleReports.stream().map(ReportSummary::id).toList())) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    /** The public's view: the current published version of a unit's year, whatever is being corrected. */
    @Transactional(readOnly = true)
    public Optional<PublishedReport> published(Long reportId) {
        return publications.findFirstByReportIdOrderByIdDesc(reportId)
                .map(p -> new PublishedReport(p.view(), codec.read(p.getContentJson())));
    }

    /** The current published version's metadata, without reading its content (enough for caching headers). */
    @Transactional(readOnly = true)
    public Optional<PublishedVersion> currentVersion(Long reportId) {
        return publications.findFirstByReportIdOrderByIdDesc(reportId).map(Publication::view);
    }

    @Transactional(readOnly = true)
    public List<PublishedVersion> publicHistory(Long reportId) {
        return publications.findByReportIdOrderByIdDesc(reportId).stream().map(Publication::view).toList();
    }

    private boolean mayDecide(Actor actor, Report report, ReviewStage stage) {
        if (stage.role() == Role.COUNTY_OFFICE) {
            return access.isCountyOfficeOf(actor, report.getUnit());
        }
        return actor.has(stage.role(), report.getUnit().getId());
    }

    private void requireCountyOffice(Actor actor, Report report) {
        if (!access.isCountyOfficeOf(actor, report.getUnit())) {
            throw Refusal.forbidden("只有本县政府办公室可以发布或更正报告");
        }
    }

    private Report visible(Actor actor, Long id) {
        Report report = id == null ? null : reports.findById(id).orElse(null);
        if (report == null || !access.canSee(actor, report.getUnit())) {
            throw Refusal.notFound("报告不存在或您无权查看");
        }
        return report;
    }

    private static Long countyOf(Unit unit) {
        return unit.getParent() == null ? unit.getId() : unit.getParent().getId();
    }
}
