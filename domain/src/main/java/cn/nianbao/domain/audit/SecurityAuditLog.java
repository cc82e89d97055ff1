package cn.nianbao.domain.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.persistence.DatabaseProduct;
import cn.nianbao.domain.refusal.Refusal;

/**
 * The security audit log. Appends are serialised by a row lock on the chain's head (one row, SELECT … FOR UPDATE,
 * the same on PostgreSQL and H2), so several app nodes writing at once still build one chain; ids are the head's
 * next number, without gaps, so a removed line shows too. The application never updates or deletes an entry
 * (on PostgreSQL a trigger refuses it), which keeps every entry far beyond the 180 days 等保 asks for.
 */
@Service
public class SecurityAuditLog {

    /** The largest page the search returns, whatever the caller asks for. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final Messages TEXT = Messages.of("security");
    private static final int FIELD = 200;

    private static final String APPEND = "insert into security_audit (id, at, actor, action, target, source, outcome, "
            + "hash, prev) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The append and the head's move as one statement (PostgreSQL's data-modifying WITH): one round trip less. */
    private static final String APPEND_AND_MOVE_HEAD = "with appended as (" + APPEND + " returning id, hash) "
            + "update security_audit_head h set last_id = appended.id, last_hash = appended.hash from appended where h.id = 1";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DatabaseProduct database;

    @Autowired
    SecurityAuditLog(JdbcTemplate jdbc, DatabaseProduct database) {
        this(jdbc, Clock.systemUTC(), database);
    }

    SecurityAuditLog(JdbcTemplate jdbc, Clock clock, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.database = database;
    }

    /**
     * Appends an entry within the caller's transaction: a role change and its entry commit or roll back together.
     * {@code actor} is the account that acted (or tried to), {@code source} the client address when known.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String target, String source, AuditOutcome outcome) {
        Head head = jdbc.queryForObject("select last_id, last_hash from security_audit_head where id = 1 for update",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        long id = head.lastId() + 1;
        Instant at = AuditHash.truncate(clock.instant());
        String a = clip(actor == null || actor.isBlank() ? "-" : actor);
        String act = clip(action);
        String t = clip(target);
        String s = clip(source);
        String hash = AuditHash.of(id, at, a, act, t, s, outcome, head.lastHash());
        Object[] row = {id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), a, act, t, s, outcome.name(), hash, head.lastHash()};
        if (database.postgres()) {
            jdbc.update(APPEND_AND_MOVE_HEAD, row);
        } else {
            jdbc.update(APPEND, row);
            jdbc.update("update security_audit_head set last_id = ?, last_hash = ? where id = 1", id, hash);
        }
        return new AuditEntry(id, at, a, act, t, s, outcome, hash, head.lastHash());
    }

    /**
     * Appends one entry per target under a single lock of the head, in the caller's transaction: a sheet import of a
     * province's 15,000 units writes 15,000 chained entries in one batch instead of 15,000 round trips.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordEach(String actor, String action, List<String> targets, AuditOutcome outcome) {
        if (targets.isEmpty()) {
            return;
        }
        Head head = jdbc.queryForObject("select last_id, last_hash from security_audit_head where id = 1 for update",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        Instant at = AuditHash.truncate(clock.instant());
        String a = clip(actor == null || actor.isBlank() ? "-" : actor);
        String act = clip(action);
        String s = clip(AuditSource.current());
        long id = head.lastId();
        String prev = head.lastHash();
        List<Object[]> rows = new ArrayList<>(targets.size());
        for (String target : targets) {
            id++;
            String t = clip(target);
            String hash = AuditHash.of(id, at, a, act, t, s, outcome, prev);
            rows.add(new Object[] {id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), a, act, t, s, outcome.name(), hash, prev});
            prev = hash;
        }
        jdbc.batchUpdate("insert into security_audit (id, at, actor, action, target, source, outcome, hash, prev) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("update security_audit_head set last_id = ?, last_hash = ? where id = 1", id, prev);
    }

    /** The same, from the address of the request being served ({@link AuditSource}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String target, AuditOutcome outcome) {
        return record(actor, action, target, AuditSource.current(), outcome);
    }

    /**
     * Appends an entry that must stay even when the caller's work is refused and rolled back: a failed
     * sign-in, a rejected password change.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordRegardless(String actor, String action, String target, String source, AuditOutcome outcome) {
        return record(actor, action, target, source, outcome);
    }

    /** A page of entries, newest first; only the audit administrator reads the log. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditReader reader, AuditQuery q) {
        requireAuditor(reader);
        int size = Math.max(1, Math.min(q.size() <= 0 ? 100 : q.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, q.page());
        StringBuilder sql = new StringBuilder("select * from security_audit where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" and at >= ?");
            args.add(OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        }
        if (q.to() != null) {
            sql.append(" and at < ?");
            args.add(OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" and actor = ?");
            args.add(q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" and action = ?");
            args.add(q.action().strip());
        }
        sql.append(" order by id desc limit ? offset ?");
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql.toString(), (rs, i) -> entry(rs), args.toArray());
    }

    /**
     * Walks the whole chain in id order without holding it in memory: every id follows the last, every entry
     * points to the one before and hashes to what it says, and the head names the last entry.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify(AuditReader reader) {
        requireAuditor(reader);
        return verifyChain();
    }

    AuditVerification verifyChain() {
        Walk walk = new Walk();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select * from security_audit order by id");
            ps.setFetchSize(1000);
            return ps;
        }, (RowCallbackHandler) rs -> walk.accept(entry(rs)));
        if (walk.brokenAt != null) {
            return AuditVerification.brokenAt(walk.brokenAt, walk.count);
        }
        Head head = jdbc.queryForObject("select last_id, last_hash from security_audit_head where id = 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        if (head.lastId() != walk.lastId || !head.lastHash().equals(walk.lastHash)) {
            // the newest entries were removed: the first missing one is the break
            return AuditVerification.brokenAt(walk.lastId + 1, walk.count);
        }
        return AuditVerification.intact(walk.count);
    }

    private static final class Walk {
        long count;
        long lastId;
        String lastHash = AuditHash.GENESIS;
        Long brokenAt;

        void accept(AuditEntry e) {
            if (brokenAt != null) {
                return;
            }
            if (e.id() != lastId + 1) {
                brokenAt = lastId + 1; // a removed entry
            } else if (!e.prev().equals(lastHash) || !AuditHash.of(e).equals(e.hash())) {
                brokenAt = e.id();
            } else {
                count++;
                lastId = e.id();
                lastHash = e.hash();
            }
        }
    }

    private static void requireAuditor(AuditReader reader) {
        if (reader == null || !reader.mayReadAudit()) {
            throw Refusal.forbidden(TEXT.get("audit.only-auditor"));
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("source"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("hash"), rs.getString("prev"));
    }

    private static String clip(String s) {
        return s == null || s.length() <= FIELD ? s : s.substring(0, FIELD);
    }

    private record Head(long lastId, String lastHash) {
    }
}
