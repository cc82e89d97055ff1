package cn.nianbao.domain.notification;

import java.time.Instant;

public record NotificationView(Long id, Long reportId, String title, String body, Instant createdAt, boolean read) {
}
