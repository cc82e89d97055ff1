package cn.nianbao.domain.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.FindingMask;
import cn.nianbao.domain.user.Acting;
import cn.nianbao.domain.user.Actor;

/**
 * The reviewers' side: the decision of each stage (保密审查, 领导签发, 县级审核) with segregation of duties, the
 * 保密审查 record, what changed since a stage last decided, and the county office's publication and correction.
 */
@Service
@Transactional
public class ReportReview {

    /** The name under which the route's timers act. */
    public static final String SYSTEM = "system";

    private static final Messages TEXT = Messages.of("report");
    /** Times in a history line are read by people in China. */
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ReportRepository reports;
    private final ReportGuard guard;
    private final ReportValidation validation;
    private final AuditTrail audit;
    private final PublicationRepository publications;
    private final SecrecyReviewRepository secrecyReviews;
    private final ReportJsonCodec codec;
    private final ReportFormats formats;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublishedCellSums cellSums;
    private final ReviewMoveWrite moves;

    ReportReview(ReportRepository reports, ReportGuard guard, ReportValidation validation, AuditTrail audit,
                 PublicationRepository publications, SecrecyReviewRepository secrecyReviews, ReportJsonCodec codec,
                 ReportFormats formats, ApplicationEventPublisher events, Clock clock,
                 PublishedCellSums cellSums, ReviewMoveWrite moves) {
        this.moves = moves;
        this.cellSums = cellSums;
        this.reports = reports;
        this.guard = guard;
        this.validation = validation;
        this.audit = audit;
        this.publications = publications;
        this.secrecyReviews = secrecyReviews;
        this.codec = codec;
        this.formats = formats;
        this.events = events;
        this.clock = clock;
    }

    /** A reviewer's decision on the stage the report waits in. */
    public ReportStatus decide(Actor actor, Long id, ReviewStage stage, Decision decision, String comment) {
        return decide(actor, id, stage, decision, comment, Map.of(), null);
    }

    /**
     * A reviewer's decision, with comments on single sections (a return points the clerk at them) and, at 保密审查,
     * the reviewer's choice per REVIEW finding (each occurrence): 保留 with a reason, or 退回修改. An approval needs
     * a conclusion and every finding kept; a finding to change can only be returned, and a return lists those
     * findings in its comment. Either becomes the submission's 保密审查 record. Segregation of duties: whoever
     * edited or submitted this submission may not review it, and nobody decides two stages of one submission.
     */
    public ReportStatus decide(Actor actor, Long id, ReviewStage stage, Decision decision, String comment,
                               Map<String, String> sectionComments, SecrecyClearing clearing) {
        Report report = guard.visible(actor, id);
        // a malformed request (an unknown section) is answered as such before the state of the report is looked at
        ReportFormat format = formats.get(report.getFormatId());
        requireWithinBounds(comment, sectionComments, clearing);
        String fullComment = ReturnComment.compose(format, comment, sectionComments);
        if (report.getStatus() != stage.status()) {
            throw Refusal.conflict("ALREADY_HANDLED", TEXT.get("refuse.already_handled", stage.label()));
        }
        guard.requireStageRole(actor, report, stage);
        List<TrailStep> trail = audit.steps(report.getId());
        requireSegregation(actor, report, trail);
        // 代理签发: a decision on the leader's behalf is the acting person's, and names the leader
        Optional<Acting> acting = stage == ReviewStage.LEADER_SIGNOFF ? actor.actingFor(report.getUnit().getId()) : Optional.empty();
        if (acting.isPresent()) {
            requireActingMayDecide(actor, report, trail);
        }
        SecrecyClearing given = clearing == null ? SecrecyClearing.NONE : clearing;
        SecrecyChoices choices = stage == ReviewStage.SECRECY_REVIEW
                ? SecrecyChoices.of(validation.secrecyFindings(actor, report), given) : null;
        if (choices != null && decision == Decision.RETURN) {
            fullComment = ReturnComment.withChanges(format, fullComment, choices.changed());
        }
        if (decision == Decision.RETURN && fullComment == null) {
            throw Refusal.invalid("COMMENT_REQUIRED", TEXT.get("refuse.comment_required"));
        }
        if (choices != null && decision == Decision.APPROVE) {
            recordApproval(actor, report, choices, given, fullComment);
        } else if (choices != null) {
            recordReturn(actor, report, choices, given);
        }
        ReportStatus next = moves.decide(report, stage, decision, clock.instant());
        audit.recordDecision(report, actor.username(), acting.map(Acting::leader).orElse(null), AuditAction.of(decision),
                stage, stage.status(), next, fullComment, trail);
        ReportFacts facts = report.facts();
        String shownName = acting.map(a -> TEXT.get("acting.name", actor.displayName(), a.leaderName())).orElse(actor.displayName());
        events.publishEvent(decision == Decision.APPROVE
                ? new StageDecided(facts, stage, actor.username(), shownName)
                : new ReportReturned(facts, stage, actor.username(), shownName, fullComment));
        return next;
    }

    /** Every text of a decision within its maximum, named by its key in the request. */
    private static void requireWithinBounds(String comment, Map<String, String> sectionComments, SecrecyClearing clearing) {
        TextLimit.RETURN_COMMENT.require(comment, "comment");
        if (sectionComments != null) {
            sectionComments.forEach((key, text) -> TextLimit.SECTION_COMMENT.require(text, "sections." + key));
        }
        if (clearing != null) {
            TextLimit.CONCLUSION.require(clearing.conclusion(), "conclusion");
            clearing.reasons().forEach((key, text) -> TextLimit.CLEARANCE_REASON.require(text, "clearances." + key));
        }
    }

    private void requireSegregation(Actor actor, Report report, List<TrailStep> trail) {
        int round = report.getSubmissionNo();
        Set<String> authors = new HashSet<>();
        authors.add(report.getSubmittedBy());
        authors.add(report.getLastEditedBy());
        Set<String> deciders = new HashSet<>();
        for (TrailStep e : trail) {
            if (e.action().authoring() && e.submissionNo() >= round - 1) {
                authors.add(e.actor());
            }
            if (e.action() == AuditAction.APPROVE && e.submissionNo() == round) {
                deciders.add(e.actor());
            }
        }
        if (authors.contains(actor.username())) {
            throw Refusal.forbidden(TEXT.get("refuse.own_report"));
        }
        if (deciders.contains(actor.username())) {
            throw Refusal.forbidden(TEXT.get("refuse.two_stages"));
        }
    }

    /**
     * Someone acting for the leader signs off no report they wrote or cleared: not its drafter or an editor of any of
     * its versions, not a 保密审查员 who decided on it at any submission.
     */
    private void requireActingMayDecide(Actor actor, Report report, List<TrailStep> trail) {
        for (TrailStep e : trail) {
            boolean wrote = e.action().authoring();
            boolean cleared = ReviewStage.SECRECY_REVIEW.name().equals(e.stage());
            if ((wrote || cleared) && actor.username().equals(e.actor())) {
                throw Refusal.forbidden(TEXT.get(wrote ? "refuse.acting_drafter" : "refuse.acting_secrecy"));
            }
        }
    }

    private void recordApproval(Actor actor, Report report, SecrecyChoices choices, SecrecyClearing given,
                                String comment) {
        if (!choices.changed().isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "CHANGES_NEED_RETURN",
                    TEXT.get("refuse.change_needs_return", choices.changed().size()), choices.changed());
        }
        if (!choices.open().isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "UNCLEARED_FINDINGS",
                    TEXT.get("refuse.uncleared_findings", choices.open().size()), choices.open());
        }
        // a reviewer who writes only the decision's comment has written the conclusion
        SecrecyClearing c = blank(given.conclusion()) ? given.withConclusion(comment) : given;
        if (blank(c.conclusion())) {
            throw Refusal.invalid("CONCLUSION_REQUIRED", TEXT.get("refuse.conclusion_required"));
        }
        SecrecyReview record = new SecrecyReview(report.getId(), report.getSubmissionNo(), actor.username(),
                clock.instant(), Decision.APPROVE, c.conclusion().strip());
        choices.kept().forEach(f -> record.keep(f.clearanceKey(), f.match(), c.reasons().get(f.clearanceKey()).strip()));
        secrecyReviews.save(record);
    }

    /** A return records the choices made (and the conclusion, if one was written); with neither there is nothing. */
    private void recordReturn(Actor actor, Report report, SecrecyChoices choices, SecrecyClearing given) {
        if (choices.none() && blank(given.conclusion())) {
            return;
        }
        SecrecyReview record = new SecrecyReview(report.getId(), report.getSubmissionNo(), actor.username(),
                clock.instant(), Decision.RETURN, blank(given.conclusion()) ? null : given.conclusion().strip());
        choices.kept().forEach(f -> record.keep(f.clearanceKey(), f.match(), given.reasons().get(f.clearanceKey()).strip()));
        choices.changed().forEach(f -> record.change(f.clearanceKey(), FindingMask.masked(f)));
        secrecyReviews.save(record);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The latest 保密审查 record of the report, if it passed 保密审查 at least once. */
    @Transactional(readOnly = true)
    public Optional<SecrecyRecord> secrecyRecord(Actor actor, Long id) {
        guard.visible(actor, id);
        return secrecyReviews.findFirstByReportIdOrderByIdDesc(id).map(SecrecyReview::view);
    }

    /**
     * What changed since this stage last decided on the report (empty the first time): every cell and text
     * that differs, with its official label.
     */
    @Transactional(readOnly = true)
    public List<ReportChange> changesSinceLastDecision(Actor actor, Long id, ReviewStage stage) {
        Report report = guard.visible(actor, id);
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
        List<ReportChange> out = new ArrayList<>();
        ReportFormat format = formats.get(now.formatId());
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

    // ------------------------------------------------------------------ publication

    /** The county office publishes an approved report now. */
    public void publish(Actor actor, Long id) {
        Report report = guard.visible(actor, id);
        guard.requireReviewingOffice(actor, report);
        publish(report, actor.username(), false);
    }

    /** The publication timer fired: publish, unless it was published by hand meanwhile. */
    public boolean publishScheduled(Long id) {
        Report report = reports.findWithUnitById(id).orElse(null);
        // a schedule the county office took back publishes nothing
        if (report == null || report.getStatus() != ReportStatus.APPROVED || report.getScheduledPublishAt() == null) {
            return false;
        }
        publish(report, SYSTEM, true);
        return true;
    }

    private void publish(Report report, String by, boolean scheduled) {
        String reason = report.publish(clock.instant());
        reports.saveAndFlush(report);
        ReportContent content = report.content();
        String json = codec.write(content);
        // the areas' sums take this version in and the one it replaces (a correction's) out
        java.util.Map<String, java.math.BigDecimal> before = publications.findFirstByReportIdOrderByIdDesc(report.getId())
                .map(Publication::cells).map(java.util.Map::copyOf).orElse(java.util.Map.of());
        cellSums.replace(report.getUnit(), report.getYear(), report.getFormatId(), before, content.cells());
        publications.save(new Publication(report.getId(), clock.instant(), by, reason, content, json, audit.hash(content)));
        audit.record(report, by, AuditAction.PUBLISH, null, ReportStatus.APPROVED, ReportStatus.PUBLISHED, reason);
        events.publishEvent(new ReportPublished(report.facts(), by, scheduled, reason));
    }

    public void schedulePublication(Actor actor, Long id, Instant at) {
        Report report = guard.visible(actor, id);
        guard.requireReviewingOffice(actor, report);
        report.schedulePublication(at, clock.instant());
        audit.record(report, actor.username(), AuditAction.SCHEDULE, null, ReportStatus.APPROVED, ReportStatus.APPROVED,
                TEXT.get("audit.scheduled", CHINA_TIME.format(at)));
        events.publishEvent(new PublicationScheduled(report.facts(), at, actor.username()));
    }

    /** The county office takes a scheduled publication back: the report stays approved and waits to be published. */
    public void cancelScheduledPublication(Actor actor, Long id) {
        Report report = guard.visible(actor, id);
        guard.requireReviewingOffice(actor, report);
        Instant was = report.cancelScheduledPublication();
        audit.record(report, actor.username(), AuditAction.SCHEDULE, null, ReportStatus.APPROVED, ReportStatus.APPROVED,
                TEXT.get("audit.schedule_cancelled", CHINA_TIME.format(was)));
    }

    /** The county office reopens a published report for a correction (更正) with a public reason. */
    public void openCorrection(Actor actor, Long id, String reason) {
        Report report = guard.visible(actor, id);
        guard.requireReviewingOffice(actor, report);
        report.openCorrection(reason, clock.instant());
        reports.saveAndFlush(report);
        audit.record(report, actor.username(), AuditAction.CORRECTION, null, ReportStatus.PUBLISHED,
                ReportStatus.IN_CORRECTION, report.getCorrectionReason());
        events.publishEvent(new CorrectionOpened(report.facts(), report.getCorrectionReason(), actor.username()));
    }
}
