package cn.nianbao.domain.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.interchange.ReportJsonCodec;

/** Writes the audit trail; each entry carries the content version and a SHA-256 of the content. */
@Component
class AuditTrail {

    private final AuditEntryRepository entries;
    private final ReportJsonCodec codec;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, ReportJsonCodec codec, Clock clock) {
        this.entries = entries;
        this.codec = codec;
        this.clock = clock;
    }

    void record(Report report, String actor, AuditAction action, ReviewStage stage, ReportStatus from, ReportStatus to,
                String comment) {
        record(report, actor, null, action, stage, from, to, comment);
    }

    /** As above, for a decision taken on behalf of {@code onBehalfOf} (a leader's username), when not null. */
    void record(Report report, String actor, String onBehalfOf, AuditAction action, ReviewStage stage, ReportStatus from,
                ReportStatus to, String comment) {
        // the content is written to JSON once: the decision's snapshot and the hash are of the same text
        String json = json(report.content());
        // a decision keeps what it decided on; a submission what was handed in, so that 保密审查 can reuse it
        String snapshot = stage != null || action == AuditAction.SUBMIT ? json : null;
        entries.save(new AuditEntry(report.getId(), clock.instant(), actor, action, stage, from, to, comment,
                report.getSubmissionNo(), report.getVersion(), hashOf(json), snapshot, onBehalfOf));
    }

    /**
     * A stage's decision, with the snapshot of the content it decided on. The content cannot change while the
     * report waits in review, so when the stage before already stored a snapshot of this submission and nothing was
     * written since, that snapshot and its hash are the decision's too, and the content is not read again.
     */
    void recordDecision(Report report, String actor, String onBehalfOf, AuditAction action, ReviewStage stage,
                        ReportStatus from, ReportStatus to, String comment, List<AuditEntry> trail) {
        AuditEntry same = unchangedSnapshot(trail, report.getSubmissionNo());
        if (same == null) {
            record(report, actor, onBehalfOf, action, stage, from, to, comment);
            return;
        }
        entries.save(new AuditEntry(report.getId(), clock.instant(), actor, action, stage, from, to, comment,
                report.getSubmissionNo(), report.getVersion(), same.getContentHash(), same.getContentJson(), onBehalfOf));
    }

    /**
     * The latest snapshot of this submission (its hand-in's or a decision's), if no entry after it wrote the content
     * (an edit, another submission).
     */
    static AuditEntry unchangedSnapshot(List<AuditEntry> trail, int submissionNo) {
        for (int i = trail.size() - 1; i >= 0; i--) {
            AuditEntry e = trail.get(i);
            if (e.getSubmissionNo() != submissionNo) {
                return null;
            }
            if (e.getContentJson() != null) {
                return e;
            }
            if (e.getAction().authoring()) {
                return null;
            }
        }
        return null;
    }

    List<AuditEntry> of(Long reportId) {
        return entries.findByReportIdOrderByIdAsc(reportId);
    }

    String json(ReportContent content) {
        return codec.write(content);
    }

    String hash(ReportContent content) {
        return hashOf(codec.write(content));
    }

    private static String hashOf(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
