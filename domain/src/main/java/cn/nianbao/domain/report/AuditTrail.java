package cn.nianbao.domain.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.interchange.ReportJsonCodec;

/** Writes the audit trail; each entry carries the content version and a SHA-256 of the content. */
@Component
class AuditTrail {

    private final AuditEntryRepository entries;
    private final ReportJsonCodec codec;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;

    AuditTrail(AuditEntryRepository entries, ReportJsonCodec codec, Clock clock, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
     * report waits in review, so when this submission's hand-in or a stage before stored a snapshot and nothing was
     * written since, that snapshot and its hash are the decision's too: the database copies them from that entry,
     * and the content is neither read nor written to JSON again.
     */
    void recordDecision(Report report, String actor, String onBehalfOf, AuditAction action, ReviewStage stage,
                        ReportStatus from, ReportStatus to, String comment, List<TrailStep> trail) {
        TrailStep same = unchangedSnapshot(trail, report.getSubmissionNo());
        if (same == null) {
            record(report, actor, onBehalfOf, action, stage, from, to, comment);
            return;
        }
        jdbc.update("""
                insert into audit_entry (report_id, occurred_at, actor, action, stage, from_status, to_status, comment,
                                         submission_no, content_version, content_hash, content_json, on_behalf_of)
                select :report, :at, :actor, :action, :stage, :from, :to, :comment, :round, :version, content_hash,
                       content_json, :behalf from audit_entry where id = :source""",
                new MapSqlParameterSource().addValue("report", report.getId())
                        // written as Hibernate writes an Instant, so both kinds of rows read back alike
                        .addValue("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .addValue("actor", actor).addValue("action", action.name()).addValue("stage", stage.name())
                        .addValue("from", from.name()).addValue("to", to.name()).addValue("comment", comment)
                        .addValue("round", report.getSubmissionNo()).addValue("version", report.getVersion())
                        .addValue("behalf", onBehalfOf).addValue("source", same.id()));
    }

    /**
     * The latest snapshot of this submission (its hand-in's or a decision's), if no entry after it wrote the content
     * (an edit, another submission).
     */
    static TrailStep unchangedSnapshot(List<TrailStep> trail, int submissionNo) {
        for (int i = trail.size() - 1; i >= 0; i--) {
            TrailStep e = trail.get(i);
            if (e.submissionNo() != submissionNo) {
                return null;
            }
            if (e.hasSnapshot()) {
                return e;
            }
            if (e.action().authoring()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The trail as a decision checks it, without the snapshots. Plain SQL rather than the repository's JPQL
     * constructor query: this runs on every decision, and Hibernate's query and result machinery cost more CPU
     * than the statement itself (bench/approval.sh). A decision reads its trail before it writes anything, so no
     * entry of its own transaction is waiting in Hibernate's session unflushed.
     */
    List<TrailStep> steps(Long reportId) {
        return jdbc.query("""
                select id, action, actor, stage, submission_no, content_hash, content_json is not null
                  from audit_entry where report_id = :report order by id""",
                new MapSqlParameterSource("report", reportId),
                (rs, i) -> new TrailStep(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getBoolean(7)));
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
