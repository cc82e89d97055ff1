package cn.nianbao.domain.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the append-only audit trail; there is no setter and no delete. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String stage;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", updatable = false)
    private String toStatus;

    @Column(updatable = false, length = 100000)
    private String comment;

    @Column(name = "submission_no", nullable = false, updatable = false)
    private int submissionNo;

    @Column(name = "content_version", nullable = false, updatable = false)
    private long contentVersion;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    /** The leader on whose behalf the actor decided (代理签发), or null. */
    @Column(name = "on_behalf_of", updatable = false, length = 64)
    private String onBehalfOf;

    /**
     * The content decided on (reviews), so the stage can later see what changed since, or handed in (a submission),
     * so the first decision on it need not read the content again.
     */
    @Column(name = "content_json", updatable = false, length = 1000000)
    private String contentJson;

    protected AuditEntry() {
    }

    AuditEntry(Long reportId, Instant at, String actor, AuditAction action, ReviewStage stage, ReportStatus from,
               ReportStatus to, String comment, int submissionNo, long contentVersion, String contentHash,
               String contentJson, String onBehalfOf) {
        this.contentJson = contentJson;
        this.onBehalfOf = onBehalfOf;
        this.reportId = reportId;
        this.occurredAt = at;
        this.actor = actor;
        this.action = action.name();
        this.stage = stage == null ? null : stage.name();
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to == null ? null : to.name();
        this.comment = comment;
        this.submissionNo = submissionNo;
        this.contentVersion = contentVersion;
        this.contentHash = contentHash;
    }

    String getActor() {
        return actor;
    }

    AuditAction getAction() {
        return AuditAction.valueOf(action);
    }

    String getStage() {
        return stage;
    }

    String getContentJson() {
        return contentJson;
    }

    int getSubmissionNo() {
        return submissionNo;
    }

    HistoryEntry view() {
        return new HistoryEntry(occurredAt, actor, action, stage, fromStatus, toStatus, comment, submissionNo,
                contentVersion, contentHash, onBehalfOf);
    }
}
