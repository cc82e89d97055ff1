package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.notification.NotificationView;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportChange;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/** 保密审查 records, what changed since a stage last looked, deadlines, reminders, escalation, notifications and mail. */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class},
        properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "nianbao.deadline.reminder-days=5"})
class ReviewRecordsAndDeadlinesTest extends TownshipRoute {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired DeadlineService deadlines;


    private ReportView submitted(String s6) {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡")).withText("s6", s6);
        ReportView r = drafting.createFromContent(clerk, seed);
        Map<String, String> why = new java.util.HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已知情况，已说明"));
        workflow.submit(clerk, r.id(), why);
        return r;
    }


    @Test
    void secrecy_review_must_clear_each_review_finding_and_records_its_conclusion() {
        ReportView r = submitted("如有疑问请联系13812345678或138-1234-5678。");
        List<Finding> review = drafting.validate(secrecy, r.id()).of(Severity.REVIEW);
        assertThat(review).hasSize(2);
        String task = taskFor(secrecy, r.id());

        Map<String, String> onlyOne = Map.of(review.get(0).clearanceKey(), "单位公开的办公电话");
        assertThatThrownBy(() -> workflow.complete(secrecy, task, Decision.APPROVE, null, new SecrecyClearing("同意", onlyOne)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("UNCLEARED_FINDINGS");
                    assertThat(e.details()).hasSize(1);
                });

        Map<String, String> both = Map.of(review.get(0).clearanceKey(), "单位公开的办公电话",
                review.get(1).clearanceKey(), "同一号码的另一种写法");
        workflow.complete(secrecy, task, Decision.APPROVE, null, new SecrecyClearing("经审查不涉及国家秘密，号码为公开的办公电话", both));

        SecrecyRecord record = reportReview.secrecyRecord(leader, r.id()).orElseThrow();
        assertThat(record.reviewer()).isEqualTo(secrecy.username());
        assertThat(record.conclusion()).contains("不涉及国家秘密");
        assertThat(record.clearances()).extracting(SecrecyRecord.Clearance::match).containsExactlyInAnyOrder("13812345678", "138-1234-5678");
    }

    @Test
    void after_a_return_the_stage_sees_what_changed_since_it_last_decided() {
        ReportView r = submitted("无其他事项。");
        assertThat(reportReview.changesSinceLastDecision(secrecy, r.id(), ReviewStage.SECRECY_REVIEW)).isEmpty();
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.RETURN, "第六部分过于简单");
        ReportView now = reading.get(clerk, r.id());
        ReportView edited = drafting.update(clerk, r.id(), now.version(), now.content().withText("s6", "本年度无其他需要报告的事项。")
                .withCell("s2.art20_9.central_procurement.procurement_items", java.math.BigDecimal.valueOf(2)));
        Map<String, String> why = new java.util.HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));
        workflow.submit(clerk, r.id(), why);

        List<ReportChange> changes = reportReview.changesSinceLastDecision(secrecy, r.id(), ReviewStage.SECRECY_REVIEW);
        assertThat(changes).extracting(ReportChange::key)
                .containsExactlyInAnyOrder("s6", "s2.art20_9.central_procurement.procurement_items");
        assertThat(changes).filteredOn(c -> c.key().equals("s6")).singleElement()
                .satisfies(c -> assertThat(c.before()).isEqualTo("无其他事项。"));
        assertThat(edited.version()).isPositive();
    }

    @Test
    void every_transition_notifies_the_next_people_in_app_and_by_mail() throws Exception {
        ReportView r = submitted("无其他事项。");
        assertThat(notifications.latest(secrecy.username(), 10)).extracting(NotificationView::title)
                .anyMatch(t -> t.contains("待保密审查"));
        assertThat(notifications.unread(secrecy.username())).isPositive();
        assertThat(notifications.latest(leader.username(), 10)).isEmpty();

        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.RETURN, "请补充第六部分");
        assertThat(notifications.latest(clerk.username(), 10)).extracting(NotificationView::body)
                .anyMatch(b -> b.contains("请补充第六部分"));

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(clerk.username() + "@example.test");
            assertThat(m.getSubject()).contains("退回");
            assertThat(GreenMailUtil.getBody(m)).isNotBlank();
        });
    }

    @Test
    void county_deadlines_set_due_dates_and_timers_remind_then_escalate() {
        deadlines.set(county, fx.county().id(), 2020, LocalDate.of(2021, 1, 15));
        assertThatThrownBy(() -> deadlines.set(clerk, fx.county().id(), 2020, LocalDate.of(2021, 1, 20)))
                .isInstanceOf(Refusal.class);
        ReportView r = submitted("无其他事项。");
        WorkItem item = workflow.openTasks(secrecy).stream().filter(t -> t.reportId().equals(r.id())).findFirst().orElseThrow();
        assertThat(item.due().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 15));

        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(r.id())).singleResult().getId();
        List<Job> timers = management.createTimerJobQuery().processInstanceId(instance).list();
        assertThat(timers).hasSize(2);
        long before = notifications.unread(leader.username());
        engine.getClock().setCurrentTime(Date.from(item.due().plusSeconds(3600)));
        try {
            for (Job t : management.createTimerJobQuery().processInstanceId(instance).executable().list()) {
                management.executeJob(management.moveTimerToExecutableJob(t.getId()).getId());
            }
        } finally {
            engine.getClock().reset();
        }

        // both timers fired after the deadline: the late reminder says nothing (never 即将到期 of an overdue step),
        // the escalation speaks
        assertThat(notifications.latest(secrecy.username(), 20)).extracting(NotificationView::title)
                .noneMatch(t -> t.contains("保密审查即将到期"));
        assertThat(notifications.latest(leader.username(), 20)).extracting(NotificationView::title)
                .anyMatch(t -> t.contains("保密审查已逾期"));
        assertThat(notifications.latest(county.username(), 20)).extracting(NotificationView::title)
                .anyMatch(t -> t.contains("保密审查已逾期"));
        assertThat(notifications.unread(leader.username())).isGreaterThan(before);
        // the task is still open: reminders and escalation do not decide anything
        assertThat(workflow.openTasks(secrecy)).extracting(WorkItem::reportId).contains(r.id());
    }
}
