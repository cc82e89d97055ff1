package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

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
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.workflow.deadline.TaskDeadlineSweep;

/** 保密审查 records, what changed since a stage last looked, deadlines, reminders, escalation, notifications and mail. */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class},
        properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "nianbao.deadline.reminder-days=5"})
class ReviewRecordsAndDeadlinesTest extends TownshipRoute {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired DeadlineService deadlines;
    @Autowired TaskDeadlineSweep sweep;
    @Autowired SensitiveWordService words;


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
    void secrecy_review_clears_what_the_word_lists_say_now_not_what_they_said_at_submission() {
        ReportView r = submitted("如有疑问请联系13812345678。今年完成了兰花村道路改造。");
        List<Finding> atSubmission = drafting.validate(secrecy, r.id()).of(Severity.REVIEW);
        assertThat(atSubmission).extracting(Finding::match).containsExactly("13812345678");
        long version = reading.get(clerk, r.id()).version();
        String task = taskFor(secrecy, r.id());
        Map<String, String> phoneKept = Map.of(atSubmission.get(0).clearanceKey(), "单位公开的办公电话");

        // the county office lists a word after the submission: the reviewer has to clear it too
        words.add(county, town.countyId(), "兰花村道路");
        List<Finding> now = drafting.validate(secrecy, r.id()).of(Severity.REVIEW);
        assertThat(now).extracting(Finding::match).containsExactlyInAnyOrder("13812345678", "兰花村道路");
        String wordKey = now.stream().filter(f -> f.match().equals("兰花村道路")).findFirst().orElseThrow().clearanceKey();
        assertThatThrownBy(() -> workflow.complete(secrecy, task, Decision.APPROVE, null, new SecrecyClearing("同意", phoneKept)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("UNCLEARED_FINDINGS");
                    assertThat(e.details()).singleElement()
                            .satisfies(f -> assertThat(((Finding) f).clearanceKey()).isEqualTo(wordKey));
                });
        // screening again is no edit: the clerk's version stays
        assertThat(reading.get(clerk, r.id()).version()).isEqualTo(version);

        // and a word taken off the list is no longer asked for
        words.remove(county, town.countyId(), "兰花村道路");
        workflow.complete(secrecy, task, Decision.APPROVE, null, new SecrecyClearing("经审查不涉及国家秘密", phoneKept));
        assertThat(reportReview.secrecyRecord(leader, r.id()).orElseThrow().clearances())
                .extracting(SecrecyRecord.Clearance::match).containsExactly("13812345678");
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
    void county_deadlines_set_due_dates_and_the_sweep_reminds_then_escalates_once_each() {
        deadlines.set(county, fx.county().id(), 2020, LocalDate.of(2021, 1, 15));
        assertThatThrownBy(() -> deadlines.set(clerk, fx.county().id(), 2020, LocalDate.of(2021, 1, 20)))
                .isInstanceOf(Refusal.class);
        ReportView r = submitted("无其他事项。");
        WorkItem item = workflow.openTasks(secrecy).stream().filter(t -> t.reportId().equals(r.id())).findFirst().orElseThrow();
        assertThat(item.due().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 15));
        Instant due = item.due();

        // six days ahead, with reminders five days ahead (this test's nianbao.deadline.reminder-days): nothing yet
        sweep.sweep(due.minus(Duration.ofDays(6)));
        assertThat(titles(secrecy)).noneMatch(t -> t.contains("保密审查即将到期"));
        // inside the five days: 即将到期 for the step's own people, once however often the sweep runs
        sweep.sweep(due.minus(Duration.ofDays(3)));
        sweep.sweep(due.minus(Duration.ofDays(2)));
        assertThat(titles(secrecy)).filteredOn(t -> t.contains("保密审查即将到期")).hasSize(1);
        assertThat(titles(leader)).noneMatch(t -> t.contains("保密审查"));

        // past the due date: 逾期督办 for the leader and the county office, once, and no second reminder
        long before = notifications.unread(leader.username());
        sweep.sweep(due.plusSeconds(3600));
        sweep.sweep(due.plusSeconds(7200));
        assertThat(titles(leader)).filteredOn(t -> t.contains("保密审查已逾期")).hasSize(1);
        assertThat(titles(county)).filteredOn(t -> t.contains("保密审查已逾期")).hasSize(1);
        assertThat(titles(secrecy)).filteredOn(t -> t.contains("保密审查即将到期")).hasSize(1);
        assertThat(notifications.unread(leader.username())).isEqualTo(before + 1);
        // the task is still open: reminders and escalation do not decide anything
        assertThat(workflow.openTasks(secrecy)).extracting(WorkItem::reportId).contains(r.id());

        // the next step is a new task with notices of its own
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.APPROVE, "经审查，同意公开");
        sweep.sweep(due.plusSeconds(10_800));
        assertThat(titles(county)).filteredOn(t -> t.contains("领导签发已逾期")).hasSize(1);
    }

    @Test
    void a_step_first_seen_after_its_due_date_only_escalates_and_two_nodes_sweeping_at_once_send_it_once()
            throws Exception {
        deadlines.set(county, fx.county().id(), 2020, LocalDate.of(2021, 1, 10));
        ReportView r = submitted("无其他事项。");
        Instant due = workflow.openTasks(secrecy).stream().filter(t -> t.reportId().equals(r.id())).findFirst()
                .orElseThrow().due();

        // two app nodes sharing the database sweep at the same moment
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(nodes.submit(() -> {
                    go.await();
                    return sweep.sweep(due.plusSeconds(60));
                }));
            }
            go.countDown();
            for (Future<Integer> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(titles(leader)).filteredOn(t -> t.contains("保密审查已逾期")).hasSize(1);
        assertThat(titles(secrecy)).noneMatch(t -> t.contains("保密审查即将到期"));
    }

    private List<String> titles(cn.nianbao.domain.user.Actor who) {
        return notifications.latest(who.username(), 50).stream().map(NotificationView::title).toList();
    }
}
