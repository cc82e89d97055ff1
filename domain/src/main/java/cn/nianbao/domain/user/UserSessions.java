package cn.nianbao.domain.user;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in UI sessions of every node, in the database: a session whose row is gone has been ended (by a
 * password change, or by a newer sign-in beyond the limit) and is closed at its next request on whichever node
 * holds it.
 */
@Service
public class UserSessions {

    private final JdbcTemplate jdbc;
    private final int maxSessions;
    private final Clock clock = Clock.systemUTC();

    UserSessions(JdbcTemplate jdbc, @Value("${nianbao.security.max-sessions:2}") int maxSessions) {
        this.jdbc = jdbc;
        this.maxSessions = Math.max(1, maxSessions);
    }

    /** A session signed in; the person's oldest sessions beyond the limit end. Answers the ended ids. */
    @Transactional
    public List<String> started(String username, String sessionId) {
        jdbc.update("delete from user_session where session_id = ?", sessionId);
        jdbc.update("insert into user_session (session_id, username, signed_in_at) values (?, ?, ?)",
                sessionId, username, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        List<String> all = jdbc.queryForList("select session_id from user_session where username = ? "
                + "order by signed_in_at desc, session_id", String.class, username);
        List<String> ended = all.stream().filter(id -> !id.equals(sessionId)).skip(maxSessions - 1L).toList();
        ended.forEach(id -> jdbc.update("delete from user_session where session_id = ?", id));
        return ended;
    }

    @Transactional(readOnly = true)
    public boolean isLive(String sessionId) {
        Integer n = jdbc.queryForObject("select count(*) from user_session where session_id = ?", Integer.class, sessionId);
        return n != null && n > 0;
    }

    /** Signed out or timed out. */
    @Transactional
    public void ended(String sessionId) {
        jdbc.update("delete from user_session where session_id = ?", sessionId);
    }

    /** Ends every session of the person but {@code keep} (which may be null: all of them). */
    @Transactional
    public int endAll(String username, String keep) {
        return keep == null
                ? jdbc.update("delete from user_session where username = ?", username)
                : jdbc.update("delete from user_session where username = ? and session_id <> ?", username, keep);
    }

    @Transactional(readOnly = true)
    public int count(String username) {
        Integer n = jdbc.queryForObject("select count(*) from user_session where username = ?", Integer.class, username);
        return n == null ? 0 : n;
    }
}
