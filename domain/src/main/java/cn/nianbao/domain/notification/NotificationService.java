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

    private final NotificationRepository notes;
    private final Clock clock;

    NotificationService(NotificationRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    public void notify(Collection<String> usernames, Long reportId, String title, String body) {
        for (String u : new LinkedHashSet<>(usernames)) {
            // one note per event and person: the same news still unread is not told twice (a timer that fires
            // again, a person reached through two roles)
            if (u != null && !notes.existsByUsernameAndReportIdAndTitleAndBodyAndReadAtIsNull(u, reportId, title, body)) {
                notes.save(new Notification(u, reportId, title, body, clock.instant()));
            }
        }
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
        Notification n = notes.findById(id).filter(x -> x.getUsername().equals(username))
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.not_found")));
        n.markRead(clock.instant());
    }
}
