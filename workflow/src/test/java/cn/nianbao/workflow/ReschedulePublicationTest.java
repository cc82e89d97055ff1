package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.PessimisticLockingFailureException;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.PublicationScheduled;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * Moving a scheduled publication is one step: when its schedule collides with another transaction (a Flowable
 * timer on the same execution), the whole step runs again and succeeds — before, the schedule was a step nested
 * in the move, its retry ran in a transaction already marked rollback-only, and the commit failed
 * (UnexpectedRollbackException, a 500).
 */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class ReschedulePublicationTest extends TownshipRoute {

    @Autowired ConfigurableApplicationContext context;

    @Test
    void a_collision_while_rescheduling_is_retried_as_one_step() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(clerk, seed);
        Map<String, String> why = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));
        workflow.submit(clerk, r.id(), why);
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.APPROVE, SqlStatementBudgetTest.CLEARED);
        workflow.complete(leader, taskFor(leader, r.id()), Decision.APPROVE, "同意发布");
        workflow.complete(county, taskFor(county, r.id()), Decision.APPROVE, null);
        Instant first = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plus(Duration.ofDays(2));
        workflow.schedulePublication(county, r.id(), first);

        // the next schedule of this report collides once, as a concurrent timer's update would
        AtomicBoolean collide = new AtomicBoolean(true);
        ApplicationListener<PayloadApplicationEvent<PublicationScheduled>> collision = e -> {
            if (e.getPayload().report().reportId().equals(r.id()) && collide.getAndSet(false)) {
                throw new PessimisticLockingFailureException("a timer updated the execution meanwhile");
            }
        };
        context.addApplicationListener(collision);
        Instant moved = first.plus(Duration.ofDays(1));
        try {
            workflow.reschedulePublication(county, r.id(), moved);
        } finally {
            context.removeApplicationListener(collision);
        }

        assertThat(collide).isFalse();
        assertThat(reading.summary(county, r.id()).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(reading.scheduledPublication(county, r.id())).contains(moved);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(r.id()))
                .singleResult().getId();
        assertThat(management.createTimerJobQuery().processInstanceId(instance).list())
                .anyMatch(j -> j.getDuedate().toInstant().equals(moved));
    }
}
