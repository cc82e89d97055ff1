package cn.nianbao.domain.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUsernameOrderByIdDesc(String username, Pageable page);

    long countByUsernameAndReadAtIsNull(String username);

    boolean existsByUsernameAndReportIdAndTitleAndBodyAndReadAtIsNull(String username, Long reportId, String title, String body);
}
