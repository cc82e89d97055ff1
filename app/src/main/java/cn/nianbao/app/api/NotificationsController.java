package cn.nianbao.app.api;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.notification.NotificationView;

/** The caller's own notifications and unread count. */
@RestController
class NotificationsController {

    private final NotificationService notifications;
    private final CurrentActor current;

    NotificationsController(NotificationService notifications, CurrentActor current) {
        this.notifications = notifications;
        this.current = current;
    }

    record Inbox(long unread, List<NotificationView> items) {
    }

    @GetMapping(value = "/api/v1/notifications", produces = "application/json")
    Inbox inbox() {
        String me = current.require().username();
        return new Inbox(notifications.unread(me), notifications.latest(me, 50));
    }

    @PostMapping(value = "/api/v1/notifications/{id}/read", produces = "application/json")
    Map<String, Object> read(@PathVariable Long id) {
        String me = current.require().username();
        notifications.markRead(me, id);
        return Map.of("unread", notifications.unread(me));
    }
}
