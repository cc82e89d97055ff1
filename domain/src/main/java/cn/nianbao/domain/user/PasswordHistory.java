package cn.nianbao.domain.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hashes of a person's earlier passwords, newest first; only the last few are ever compared. */
@Component
class PasswordHistory {

    /** The current password and the four before it: "none of the last 5". */
    static final int REMEMBERED = 5;

    private final JdbcTemplate jdbc;

    PasswordHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long userId, String hash, Instant at) {
        jdbc.update("insert into password_history (user_id, password_hash, set_at) values (?, ?, ?)",
                userId, hash, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** The last hashes, newest first; the current hash is always among them even for accounts older than this table. */
    List<String> recent(long userId, String currentHash) {
        List<String> earlier = jdbc.queryForList("select password_hash from password_history where user_id = ? "
                + "order by set_at desc, id desc limit " + REMEMBERED, String.class, userId);
        if (earlier.contains(currentHash)) {
            return earlier;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(currentHash), earlier.stream())
                .limit(REMEMBERED).toList();
    }
}
