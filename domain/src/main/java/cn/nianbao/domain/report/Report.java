package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.SectionSketch;
import cn.nianbao.domain.unit.Unit;

/**
 * One unit's report of one year, the aggregate that guards its own life: its status changes only through the
 * intention methods below, which refuse an illegal move. Content changes bump {@code version} (optimistic locking).
 */
@Entity
@Table(name = "report")
public class Report {

    private static final Messages TEXT = Messages.of("report");
    /** How far ahead a publication may be scheduled. */
    static final java.time.Duration MAX_SCHEDULE_AHEAD = java.time.Duration.ofDays(366);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "format_id", nullable = false)
    private String formatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_edited_by")
    private String lastEditedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "submission_no", nullable = false)
    private int submissionNo;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "in_correction", nullable = false)
    private boolean inCorrection;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(name = "scheduled_publish_at")
    private Instant scheduledPublishAt;

    /** The submission's REVIEW findings while it waits in 保密审查 ({@link SecrecyScreen}), else null. */
    @Column(name = "secrecy_screen", length = 1000000)
    private String secrecyScreen;

    // lazy: lists, summaries and the cockpit need no cells; content() is read inside the services' transactions
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_text", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section_key")
    @Column(name = "body", nullable = false, length = 200000)
    private Map<String, String> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_cell", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "cell_key")
    @Column(name = "cell_value", nullable = false, precision = 18, scale = 4)
    private Map<String, BigDecimal> cells = new HashMap<>();

    // the sections' MinHash sketches, rewritten with the texts, so that Y-TEXT-SIM compares a report with its peers'
    // without loading (or showing) their texts; a section too short to count as a copy has none
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_section_sketch", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section_key")
    @Column(name = "sketch", nullable = false, length = 700)
    private Map<String, String> sketches = new HashMap<>();

    protected Report() {
    }

    private Report(Unit unit, ReportContent content, ReportStatus status, String editor, Instant now) {
        this.unit = unit;
        this.year = content.year();
        this.formatId = content.formatId();
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastEditedBy = editor;
        copyContent(content);
    }

    // ------------------------------------------------------------------ the moves a report can make
    // Every change of status happens here, and only along the route: draft → 保密审查 → 领导签发 → 县级审核 →
    // approved → published, a return from any review stage, a withdrawal before the first decision, and a
    // correction that reopens a published report. Anything else is refused with the reason.

    /** A clerk's new draft. */
    static Report draft(Unit unit, ReportContent content, String editor, Instant now) {
        return new Report(unit, content, ReportStatus.DRAFT, editor, now);
    }

    /** A report that was published before Nianbao (the demo seed, a migration from paper). */
    static Report alreadyPublished(Unit unit, ReportContent content, String by, Instant now) {
        Report r = new Report(unit, content, ReportStatus.PUBLISHED, by, now);
        r.publishedAt = now;
        return r;
    }

    /**
     * The clerk changes the content; only while it is with the clerk, and only from the version the editor
     * started from (someone else's earlier save is never overwritten).
     */
    void edit(ReportContent content, long expectedVersion, String editor, Instant now) {
        requireEditable(expectedVersion);
        if (!content.unit().code().equals(unit.getCode()) || content.year() != year) {
            throw Refusal.invalid("UNIT_YEAR_MISMATCH", TEXT.get("refuse.unit_year_mismatch"));
        }
        this.formatId = content.formatId();
        copyContent(content.withUnit(unit.ref()));
        this.lastEditedBy = editor;
        this.updatedAt = now;
    }

    /** Refuses a change unless the report is with the clerk and still at the version the editor started from. */
    void requireEditable(long expectedVersion) {
        if (!status.editable()) {
            throw Refusal.conflict("NOT_EDITABLE", TEXT.get("refuse.not_editable", status.label()));
        }
        if (version != expectedVersion) {
            throw Refusal.stale(TEXT.get("refuse.stale_version", version, expectedVersion));
        }
    }

    /**
     * The clerk hands it in for 保密审查: a new submission round begins, with the REVIEW findings screened from the
     * content handed in (the content cannot change until the report comes back to the clerk).
     */
    void submit(String by, Instant now, String screen) {
        requireSubmittable();
        this.submissionNo++;
        this.submittedBy = by;
        move(ReportStatus.IN_SECRECY_REVIEW, now);
        this.secrecyScreen = screen;
    }

    /** The submission's screen while it waits in 保密审查; null before a first screen or after it left. */
    String secrecyScreen() {
        return status == ReportStatus.IN_SECRECY_REVIEW ? secrecyScreen : null;
    }

    /** Refuses a submission unless the report is with the clerk (checked before the report is validated). */
    void requireSubmittable() {
        if (!status.editable()) {
            throw Refusal.conflict("NOT_SUBMITTABLE", TEXT.get("refuse.not_submittable", status.label()));
        }
    }

    /**
     * The clerk takes a submission back before anyone decided on it: it returns to where it came from (a draft,
     * a returned report, or the correction).
     */
    ReportStatus withdraw(Instant now) {
        if (status != ReportStatus.IN_SECRECY_REVIEW) {
            throw Refusal.conflict("NOT_WITHDRAWABLE", TEXT.get("refuse.not_withdrawable"));
        }
        ReportStatus back = inCorrection ? ReportStatus.IN_CORRECTION
                : submissionNo > 1 ? ReportStatus.RETURNED : ReportStatus.DRAFT;
        move(back, now);
        return back;
    }

    /** A reviewer's decision on the stage the report waits in; returns where the report goes. */
    ReportStatus decide(ReviewStage stage, Decision decision, Instant now) {
        if (status != stage.status()) {
            throw Refusal.conflict("ALREADY_HANDLED", TEXT.get("refuse.already_handled", stage.label()));
        }
        ReportStatus next = decision == Decision.APPROVE ? stage.next() : ReportStatus.RETURNED;
        move(next, now);
        return next;
    }

    /**
     * The decision's move was written in SQL with the version raised ({@link ReviewMoveWrite}); the entity takes the
     * version the row now has, as after Hibernate's own update.
     */
    void versionWritten(long written) {
        this.version = written;
    }

    /** The county office sets the time an approved report goes public. */
    void schedulePublication(Instant at, Instant now) {
        requireApproved("refuse.schedule_not_approved");
        if (at == null || !at.isAfter(now)) {
            throw Refusal.invalid("BAD_TIME", TEXT.get("refuse.bad_time"));
        }
        // a publication is planned for the coming days or months, never for the year 999999999
        if (at.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
            throw Refusal.invalidField("BAD_TIME", "at", TEXT.get("refuse.time_too_far", MAX_SCHEDULE_AHEAD.toDays()));
        }
        this.scheduledPublishAt = at;
    }

    /** The scheduled publication is taken back; returns the time it was set for. */
    Instant cancelScheduledPublication() {
        requireApproved("refuse.schedule_not_approved");
        if (scheduledPublishAt == null) {
            throw Refusal.conflict("NOT_SCHEDULED", TEXT.get("refuse.not_scheduled"));
        }
        Instant was = scheduledPublishAt;
        this.scheduledPublishAt = null;
        return was;
    }

    /** The report goes public; returns the public reason of the correction it closes, if any. */
    String publish(Instant now) {
        requireApproved("refuse.not_approved");
        String reason = inCorrection ? correctionReason : null;
        this.inCorrection = false;
        this.scheduledPublishAt = null;
        move(ReportStatus.PUBLISHED, now);
        this.publishedAt = now;
        return reason;
    }

    /** The county office reopens a published report for a correction (更正) with a public reason. */
    void openCorrection(String reason, Instant now) {
        if (status != ReportStatus.PUBLISHED) {
            throw Refusal.conflict("NOT_PUBLISHED", TEXT.get("refuse.not_published"));
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("REASON_REQUIRED", TEXT.get("refuse.reason_required"));
        }
        TextLimit.CORRECTION_REASON.require(reason.strip(), "reason");
        this.inCorrection = true;
        this.correctionReason = reason.strip();
        move(ReportStatus.IN_CORRECTION, now);
    }

    private void requireApproved(String messageKey) {
        if (status != ReportStatus.APPROVED) {
            throw Refusal.conflict("NOT_APPROVED", TEXT.get(messageKey, status.label()));
        }
    }

    private void move(ReportStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
        // the screen describes one submission in 保密审查: once it moves on (or back) it describes nothing
        this.secrecyScreen = null;
    }

    // The maps are brought to the new content entry by entry, never cleared and refilled: Hibernate then writes only
    // the cells and texts that changed (one row each, batched), where a cleared collection is deleted and all its
    // ~200 rows inserted again.
    private void copyContent(ReportContent content) {
        Map<String, String> newTexts = new HashMap<>();
        content.texts().forEach((k, v) -> newTexts.put(k, v == null ? "" : v));
        bringTo(texts, newTexts);
        bringTo(cells, content.cells());
        Map<String, String> newSketches = new HashMap<>();
        newTexts.forEach((k, v) -> SectionSketch.of(v).ifPresent(sk -> newSketches.put(k, sk.encoded())));
        bringTo(sketches, newSketches);
    }

    private static <V> void bringTo(Map<String, V> stored, Map<String, V> wanted) {
        stored.keySet().retainAll(wanted.keySet());
        wanted.forEach((k, v) -> {
            V old = stored.get(k);
            // 1.50 and 1.5 are one figure: a cell whose value compares equal is left as it is
            boolean same = old instanceof BigDecimal a && v instanceof BigDecimal b ? a.compareTo(b) == 0 : v.equals(old);
            if (!same) {
                stored.put(k, v);
            }
        });
    }

    /** What events and notifications need to know of the report, read once. */
    ReportFacts facts() {
        return new ReportFacts(id, unit.getId(), unit.countyId(), unit.getCode(), unit.getName(), year, submittedBy);
    }

    public int getSubmissionNo() {
        return submissionNo;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isInCorrection() {
        return inCorrection;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Instant getScheduledPublishAt() {
        return scheduledPublishAt;
    }

    public ReportContent content() {
        return new ReportContent(formatId, year, unit.ref(), texts, cells);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public String getFormatId() {
        return formatId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getLastEditedBy() {
        return lastEditedBy;
    }

    ReportSummary summary() {
        return new ReportSummary(id, unit.getId(), unit.getCode(), unit.getName(), year, formatId, status, version,
                updatedAt, publishedAt, unit.countyId());
    }

    ReportView view() {
        return new ReportView(summary(), content(), lastEditedBy);
    }
}
