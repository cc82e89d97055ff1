package cn.nianbao.domain.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
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

    /** The report's properties a decision changes: the columns of {@link #MOVE} besides the version. */
    private static final Set<String> MOVED = Set.of("status", "updatedAt", "secrecyScreen");

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
        EntityPersister persister = entry.getPersister();
        Object[] values = persister.getValues(report);
        if (!onlyTheMoveChanged(persister, persister.findDirty(values, entry.getLoadedState(), report,
                em.unwrap(SessionImplementor.class)))) {
            // something else of the report changed in this transaction too: the UPDATE below would leave it unwritten,
            // so Hibernate writes the whole row as it did before (checking and raising the version itself)
            em.flush();
            return next;
        }
        // written as Hibernate writes an Instant, so both kinds of rows read back alike
        int rows = jdbc.update(MOVE, next.name(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), report.getId(), version);
        if (rows != 1) {
            throw new ObjectOptimisticLockingFailureException(Report.class, report.getId());
        }
        report.versionWritten(version + 1);
        // what Hibernate records after its own update: the state as written and the new version, so the entity is
        // clean, and a later change in the same transaction is flushed against the version the row now has
        entry.postUpdate(report, persister.getValues(report), version + 1);
        return next;
    }

    private static boolean onlyTheMoveChanged(EntityPersister persister, int[] dirty) {
        if (dirty == null) {
            return true;
        }
        String[] names = persister.getPropertyNames();
        for (int i : dirty) {
            if (!MOVED.contains(names[i])) {
                return false;
            }
        }
        return true;
    }
}
