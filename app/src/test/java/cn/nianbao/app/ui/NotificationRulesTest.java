package cn.nianbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.report.ReportFacts;
import cn.nianbao.domain.report.TaskDueSoon;
import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

/** One notification per event and person, and never 即将到期 once the deadline has passed. */
class NotificationRulesTest extends KaribuTest {

    @Autowired NotificationService notifications;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired UnitService units;

    @Test
    void the_same_news_reaches_a_person_once() {
        long before = notifications.unread("lanhe.leader");
        notifications.notify(List.of("lanhe.leader", "lanhe.leader"), null, "测试通知", "同一事件");
        notifications.notify(List.of("lanhe.leader"), null, "测试通知", "同一事件");
        assertThat(notifications.unread("lanhe.leader")).isEqualTo(before + 1);
    }

    @Test
    void a_reminder_that_fires_after_the_deadline_says_nothing_and_one_before_it_is_told() {
        UnitView unit = units.findByCode("lanxi-lanhe").orElseThrow();
        ReportFacts facts = new ReportFacts(null, unit.id(), unit.countyId(), unit.code(), unit.name(), 2019, "lanhe.clerk");
        long before = notifications.unread("lanhe.leader");
        tx.executeWithoutResult(s -> events.publishEvent(new TaskDueSoon(facts, WorkStep.LEADER_SIGNOFF,
                Instant.now().minus(Duration.ofHours(1)), Instant.now())));
        assertThat(notifications.unread("lanhe.leader")).isEqualTo(before);
        tx.executeWithoutResult(s -> events.publishEvent(new TaskDueSoon(facts, WorkStep.LEADER_SIGNOFF,
                Instant.now().plus(Duration.ofDays(3)), Instant.now())));
        assertThat(notifications.unread("lanhe.leader")).isEqualTo(before + 1);
        assertThat(notifications.latest("lanhe.leader", 1).get(0).title()).contains("即将到期");
    }
}
