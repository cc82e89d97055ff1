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

import cn.nianbao.domain.unit.Unit;

/** One unit's report of one year. Content changes bump {@code version} (optimistic locking). */
@Entity
@Table(name = "report")
public class Report {

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

    protected Report() {
    }

    Report(Unit unit, ReportContent content, ReportStatus status, String editor, Instant now) {
        this.unit = unit;
        this.year = content.year();
        this.formatId = content.formatId();
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastEditedBy = editor;
        copyContent(content);
    }

    void replaceContent(ReportContent content, String editor, Instant now) {
        this.formatId = content.formatId();
        copyContent(content);
        this.lastEditedBy = editor;
        this.updatedAt = now;
    }

    private void copyContent(ReportContent content) {
        texts.clear();
        content.texts().forEach((k, v) -> texts.put(k, v == null ? "" : v));
        cells.clear();
        cells.putAll(content.cells());
    }

    void moveTo(ReportStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
        if (next == ReportStatus.PUBLISHED) {
            this.publishedAt = now;
        }
    }

    void submitted(String by) {
        this.submissionNo++;
        this.submittedBy = by;
    }

    void openCorrection(String reason) {
        this.inCorrection = true;
        this.correctionReason = reason;
    }

    void closeCorrection() {
        this.inCorrection = false;
    }

    void schedulePublication(Instant at) {
        this.scheduledPublishAt = at;
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
                updatedAt, publishedAt);
    }

    ReportView view() {
        return new ReportView(summary(), content(), lastEditedBy);
    }
}
