package cn.nianbao.domain.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "report_id")
    private Long reportId;

    @Column(nullable = false, length = 400)
    private String title;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String username, Long reportId, String title, String body, Instant createdAt) {
        this.username = username;
        this.reportId = reportId;
        this.title = title;
        this.body = body;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    String getUsername() {
        return username;
    }

    NotificationView view() {
        return new NotificationView(id, reportId, title, body, createdAt, readAt != null);
    }
}
