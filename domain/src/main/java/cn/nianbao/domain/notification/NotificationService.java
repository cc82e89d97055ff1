package cn.nianbao.domain.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/** Notifications for people, each readable only by its addressee. */
@Service
@Transactional
public class NotificationService {

    private static final Messages TEXT = Messages.of("notice");
    /** The columns of notification (V13 widened the title). */
    static final int MAX_TITLE = 400;
    static final int MAX_BODY = 2000;

    private final NotificationRepository notes;
    private final Clock clock;

    NotificationService(NotificationRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * Tells each person once. A title or body longer than its column (a reviewer's 2,000-character return comment
     * with its section comments) is shortened to an excerpt that says so; the full text stays in the report's
     * history, which the notification points to.
     */
    public void notify(Collection<String> usernames, Long reportId, String fullTitle, String fullBody) {
        String title = excerpt(fullTitle, MAX_TITLE);
        String body = excerpt(fullBody, MAX_BODY);
        for (String u : new LinkedHashSet<>(usernames)) {
            // one note per event and person: the same news still unread is not told twice (a timer that fires
            // again, a person reached through two roles)
            if (u != null && !notes.existsByUsernameAndReportIdAndTitleAndBodyAndReadAtIsNull(u, reportId, title, body)) {
                notes.save(new Notification(u, reportId, title, body, clock.instant()));
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
