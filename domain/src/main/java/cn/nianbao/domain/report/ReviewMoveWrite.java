package cn.nianbao.domain.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes a review decision's move of a report — its status, the time, the screen it leaves behind and the version,
 * which is all a decision changes — in one UPDATE of those columns. Hibernate's flush wrote the same row with every
 * column after merging and dirty-checking the report and its units, which cost several times the statement itself
 * on every approval (bench/approval.sh). The version is checked and raised as Hibernate's optimistic lock does, so
 * a report changed meanwhile still fails the decision (and the workflow runs it again).
 */
@Component
class ReviewMoveWrite {

    private static final String MOVE = "update report set status = ?, updated_at = ?, secrecy_screen = null, "
            + "version = version + 1 where id = ? and version = ?";

    private final EntityManager em;
    private final JdbcTemplate jdbc;

    ReviewMoveWrite(EntityManager em, JdbcTemplate jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    /** The report's move by the decision, made on the entity and written; returns where the report goes. */
    ReportStatus decide(Report report, ReviewStage stage, Decision decision, Instant now) {
        EntityEntry entry = em.unwrap(SessionImplementor.class).getPersistenceContextInternal().getEntry(report);
        long version = report.getVersion();
        // nothing between the move and Hibernate's bookkeeping below runs through Hibernate, so no flush can write
        // the moved entity in between
        ReportStatus next = report.decide(stage, decision, now);
        // written as Hibernate writes an Instant, so both kinds of rows read back alike
        int rows = jdbc.update(MOVE, next.name(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), report.getId(), version);
        if (rows != 1) {
            throw new ObjectOptimisticLockingFailureException(Report.class, report.getId());
        }
        report.versionWritten(version + 1);
        // what Hibernate records after its own update: the state as written and the new version, so the entity is
        // clean, and a later change in the same transaction is flushed against the version the row now has
        entry.postUpdate(report, entry.getPersister().getValues(report), version + 1);
        return next;
    }
}
