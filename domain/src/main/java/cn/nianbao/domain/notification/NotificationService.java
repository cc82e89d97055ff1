package cn.nianbao.domain.notification;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.persistence.DatabaseProduct;
import cn.nianbao.domain.refusal.Refusal;

/** Notifications for people, each readable only by its addressee. */
@Service
@Transactional
public class NotificationService {

    private static final Messages TEXT = Messages.of("notice");
    /** The columns of notification (V13 widened the title). */
    static final int MAX_TITLE = 400;
    static final int MAX_BODY = 2000;

    /**
     * One statement for all the notes of a move, the check for the same unread news included; PostgreSQL only
     * (arrays of names, titles and bodies), H2 asks and inserts note by note.
     */
    private static final String INSERT_UNTOLD = """
            insert into notification (username, report_id, title, body, created_at)
            select u.name, ?, u.title, u.body, ? from unnest(?, ?, ?) with ordinality as u(name, title, body, n)
            where not exists (select 1 from notification o where o.username = u.name
                              and o.report_id is not distinct from ? and o.title = u.title and o.body = u.body
                              and o.read_at is null)
            order by u.n""";

    private final NotificationRepository notes;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    NotificationService(NotificationRepository notes, Clock clock, JdbcTemplate jdbc, DatabaseProduct database) {
        this.notes = notes;
        this.clock = clock;
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * Tells each person once. A title or body longer than its column (a reviewer's 2,000-character return comment
     * with its section comments) is shortened to an excerpt that says so; the full text stays in the report's
     * history, which the notification points to.
     */
    public void notify(Collection<String> usernames, Long reportId, String fullTitle, String fullBody) {
        notifyEach(reportId, usernames.stream().map(u -> new Note(u, fullTitle, fullBody)).toList());
    }

    /** Several notes about one report (a move that tells two groups two things), as {@link #notify} each. */
    public void notifyEach(Long reportId, Collection<Note> wanted) {
        // one note per event and person: the same news still unread is not told twice (a notice sent again, a
        // person reached through two roles)
        Set<Note> untold = new LinkedHashSet<>();
        for (Note n : wanted) {
            if (n.username() != null) {
                untold.add(new Note(n.username(), excerpt(n.title(), MAX_TITLE), excerpt(n.body(), MAX_BODY)));
            }
        }
        if (untold.isEmpty()) {
            return;
        }
        if (database.postgres()) {
            // written as Hibernate writes an Instant, so both kinds of rows read back alike
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement(INSERT_UNTOLD);
                ps.setObject(1, reportId, Types.BIGINT);
                ps.setObject(2, now);
                ps.setArray(3, con.createArrayOf("varchar", untold.stream().map(Note::username).toArray()));
                ps.setArray(4, con.createArrayOf("varchar", untold.stream().map(Note::title).toArray()));
                ps.setArray(5, con.createArrayOf("varchar", untold.stream().map(Note::body).toArray()));
                ps.setObject(6, reportId, Types.BIGINT);
                return ps;
            });
            return;
        }
        for (Note n : untold) {
            if (!notes.existsByUsernameAndReportIdAndTitleAndBodyAndReadAtIsNull(n.username(), reportId, n.title(), n.body())) {
                notes.save(new Notification(n.username(), reportId, n.title(), n.body(), clock.instant()));
            }
        }
    }

    static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String more = TEXT.get("excerpt.more");
        int cut = max - more.length();
        // never split a surrogate pair
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + more;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> latest(String username, int size) {
        return notes.findByUsernameOrderByIdDesc(username, PageRequest.of(0, Math.min(Math.max(size, 1), 200)))
                .stream().map(Notification::view).toList();
    }

    @Transactional(readOnly = true)
    public long unread(String username) {
        return notes.countByUsernameAndReadAtIsNull(username);
    }

    public void markRead(String username, Long id) {
        Notification n = notes.findById(id).orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.not_found")));
        if (!n.getUsername().equals(username)) {
            throw Refusal.hidden(TEXT.get("refuse.not_found"), "notification:" + id);
        }
        n.markRead(clock.instant());
    }
}
