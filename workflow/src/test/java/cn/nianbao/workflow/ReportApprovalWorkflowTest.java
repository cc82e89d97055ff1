package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** Scenario tests of the approval route on real PostgreSQL and the real Flowable engine. */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class ReportApprovalWorkflowTest extends TownshipRoute {


    static final String CLEARED = "经审查，报告不涉及国家秘密、工作秘密和个人信息，同意公开";


    /** A clean 2020 draft made from the seed, with the seed's two warnings to explain. */
    private ReportView draft() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        return drafting.createFromContent(clerk, seed);
    }

    private Map<String, String> explanations(ReportView r) {
        Map<String, String> out = new java.util.HashMap<>();
        lifecycleWarnings(r).forEach(k -> out.put(k, "本乡未开展年度考核，已向县政府办说明"));
        return out;
    }

    private List<String> lifecycleWarnings(ReportView r) {
        return drafting.validate(clerk, r.id()).findings().stream()
                .filter(f -> f.severity() == cn.nianbao.domain.rule.Severity.WARNING)
                .map(cn.nianbao.domain.rule.Finding::explanationKey).toList();
    }


    private ReportStatus status(Long id) {
        return reading.get(county, id).status();
    }

    private void approveAll(Long id) {
        workflow.complete(secrecy, taskFor(secrecy, id), Decision.APPROVE, CLEARED);
        workflow.complete(leader, taskFor(leader, id), Decision.APPROVE, "同意发布");
        workflow.complete(county, taskFor(county, id), Decision.APPROVE, null);
    }

    @Test
    void the_happy_path_ends_published_with_one_audit_line_per_step() {
        ReportView r = draft();
        workflow.submit(clerk, r.id(), explanations(r));
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        assertThat(workflow.openTasks(secrecy)).extracting(w -> w.step().name()).contains("SECRECY_REVIEW");
        assertThat(workflow.openTasks(clerk)).isEmpty();

        approveAll(r.id());
        assertThat(status(r.id())).isEqualTo(ReportStatus.APPROVED);
        workflow.publishNow(county, r.id());

        assertThat(status(r.id())).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(r.id())).count()).isZero();
        assertThat(publicReports.current(r.id())).isPresent();
        assertThat(reading.history(county, r.id())).extracting(HistoryEntry::action)
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "PUBLISH");
        assertThat(reading.history(county, r.id())).allMatch(h -> h.contentHash().length() == 64);
    }

    @Test
    void submission_is_refused_while_an_error_remains_or_a_warning_is_unexplained() {
        ReportView r = draft();
        ReportView broken = drafting.update(clerk, r.id(), r.version(),
                r.content().withCell("s3.new_received.natural_person", BigDecimal.ONE));
        assertThatThrownBy(() -> workflow.submit(clerk, r.id(), explanations(broken)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("SUBMISSION_BLOCKED");
                    assertThat(e.details()).isNotEmpty();
                });
        drafting.update(clerk, r.id(), broken.version(), r.content());
        assertThatThrownBy(() -> workflow.submit(clerk, r.id(), Map.of()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.getMessage()).contains("书面说明"));
        assertThat(status(r.id())).isEqualTo(ReportStatus.DRAFT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(r.id())).count()).isZero();
    }

    @Test
    void a_return_at_each_stage_goes_back_to_the_clerk_and_the_resubmission_starts_again_at_secrecy_review() {
        ReportView r = draft();
        workflow.submit(clerk, r.id(), explanations(r));

        assertThatThrownBy(() -> workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.RETURN, " "))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("COMMENT_REQUIRED"));
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.RETURN, "第一部分含有个人手机号，请删除");
        assertThat(status(r.id())).isEqualTo(ReportStatus.RETURNED);
        assertThat(workflow.openTasks(clerk)).extracting(w -> w.step().name()).containsExactly("REVISE");

        resubmit(r.id());
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.APPROVE, CLEARED);
        workflow.complete(leader, taskFor(leader, r.id()), Decision.RETURN, "请补充考核情况");
        assertThat(status(r.id())).isEqualTo(ReportStatus.RETURNED);

        resubmit(r.id());
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.APPROVE, CLEARED);
        workflow.complete(leader, taskFor(leader, r.id()), Decision.APPROVE, null);
        workflow.complete(county, taskFor(county, r.id()), Decision.RETURN, "数据与去年不衔接");
        assertThat(status(r.id())).isEqualTo(ReportStatus.RETURNED);

        resubmit(r.id());
        approveAll(r.id());
        assertThat(status(r.id())).isEqualTo(ReportStatus.APPROVED);
        assertThat(reading.history(clerk, r.id())).filteredOn(h -> h.action().equals("RETURN"))
                .extracting(HistoryEntry::stage).containsExactly("SECRECY_REVIEW", "LEADER_SIGNOFF", "COUNTY_REVIEW");
    }

    private void resubmit(Long id) {
        ReportView now = reading.get(clerk, id);
        ReportView edited = drafting.update(clerk, id, now.version(), now.content().withText("s5", now.content().text("s5") + "\n\n已按审核意见修改。"));
        workflow.submit(clerk, id, explanations(edited));
    }

    @Test
    void segregation_of_duties_is_enforced_by_the_service() {
        ReportView r = draft();
        // the clerk also holds the reviewer role in the unit: still may not review their own submission
        Actor clerkAndReviewer = fx.person("clerk", Role.SECRECY_REVIEWER, town);
        workflow.submit(clerkAndReviewer, r.id(), explanations(r));
        String task = taskFor(clerkAndReviewer, r.id());
        assertThatThrownBy(() -> workflow.complete(clerkAndReviewer, task, Decision.APPROVE, CLEARED))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));

        // one person may not decide two stages of the same submission
        Actor reviewerAndLeader = fx.person("secrecy", Role.LEADER, town);
        workflow.complete(reviewerAndLeader, task, Decision.APPROVE, CLEARED);
        String signoff = taskFor(reviewerAndLeader, r.id());
        assertThatThrownBy(() -> workflow.complete(reviewerAndLeader, signoff, Decision.APPROVE, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.getMessage()).contains("两个审核环节"));

        // a leader of another township is not a candidate; a clerk of another township does not even see it
        UnitView other = fx.township("榆林镇", UnitKind.ZHEN);
        Actor otherLeader = fx.person("otherleader", Role.LEADER, other);
        assertThatThrownBy(() -> workflow.complete(otherLeader, signoff, Decision.APPROVE, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(workflow.openTasks(otherLeader)).noneMatch(t -> t.reportId().equals(r.id()));
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
    }

    @Test
    void two_threads_completing_the_same_task_one_wins_the_other_is_told_it_was_already_handled() throws Exception {
        ReportView r = draft();
        workflow.submit(clerk, r.id(), explanations(r));
        String task = taskFor(secrecy, r.id());
        Actor secondReviewer = fx.person("secrecy2", Role.SECRECY_REVIEWER, town);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Actor who : List.of(secrecy, secondReviewer)) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    workflow.complete(who, task, Decision.APPROVE, CLEARED);
                    return "WON";
                } catch (Refusal e) {
                    return e.code();
                }
            }));
        }
        go.countDown();
        List<String> outcome = new ArrayList<>();
        for (Future<String> f : results) {
            outcome.add(f.get());
        }
        pool.shutdown();
        Collections.sort(outcome);

        assertThat(outcome).containsExactly("ALREADY_HANDLED", "WON");
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
        assertThat(reading.history(clerk, r.id())).filteredOn(h -> h.action().equals("APPROVE")).hasSize(1);
    }

    @Test
    void a_scheduled_publication_fires_when_its_time_comes() {
        ReportView r = draft();
        workflow.submit(clerk, r.id(), explanations(r));
        approveAll(r.id());
        Instant at = Instant.now().plus(Duration.ofDays(2));
        workflow.schedulePublication(county, r.id(), at);
        assertThat(status(r.id())).isEqualTo(ReportStatus.APPROVED);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(r.id()))
                .singleResult().getId();
        assertThat(management.createTimerJobQuery().processInstanceId(instance).executable().count()).isZero();

        engine.getClock().setCurrentTime(Date.from(at.plusSeconds(60)));
        try {
            Job due = management.createTimerJobQuery().processInstanceId(instance).executable().singleResult();
            assertThat(due).isNotNull();
            Job job = management.moveTimerToExecutableJob(due.getId());
            management.executeJob(job.getId());
        } finally {
            engine.getClock().reset();
        }

        assertThat(status(r.id())).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(reading.history(county, r.id())).extracting(HistoryEntry::action).endsWith("SCHEDULE", "PUBLISH");
        assertThat(notifications.latest(clerk.username(), 5)).extracting(n -> n.title()).anyMatch(t -> t.endsWith("已发布"));
    }

    @Test
    void a_correction_goes_the_same_route_and_replaces_the_public_version_keeping_the_old_one() {
        ReportView r = draft();
        workflow.submit(clerk, r.id(), explanations(r));
        approveAll(r.id());
        workflow.publishNow(county, r.id());
        String firstText = publicReports.current(r.id()).orElseThrow().content().text("s6");

        assertThatThrownBy(() -> workflow.openCorrection(county, r.id(), ""))
                .isInstanceOf(Refusal.class);
        workflow.openCorrection(county, r.id(), "第六部分表述有误，予以更正");
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_CORRECTION);
        assertThat(publicReports.current(r.id()).orElseThrow().content().text("s6")).isEqualTo(firstText);
        assertThat(workflow.openTasks(clerk)).extracting(w -> w.step().name()).containsExactly("REVISE");

        ReportView now = reading.get(clerk, r.id());
        ReportView fixed = drafting.update(clerk, r.id(), now.version(), now.content().withText("s6", "更正后的第六部分。"));
        workflow.submit(clerk, r.id(), explanations(fixed));
        approveAll(r.id());
        workflow.publishNow(county, r.id());

        assertThat(status(r.id())).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(publicReports.current(r.id()).orElseThrow().content().text("s6")).isEqualTo("更正后的第六部分。");
        var versions = publicReports.history(r.id());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).correctionReason()).isEqualTo("第六部分表述有误，予以更正");
        assertThat(versions.get(1).correctionReason()).isNull();
    }

    @Test
    void a_failure_inside_a_step_rolls_back_both_the_status_and_the_process() {
        ReportView r = draft();
        workflow.submit(clerk, r.id(), explanations(r));
        String task = taskFor(secrecy, r.id());
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(r.id()))
                .singleResult().getId();
        // the next stage cannot find its candidates: the step fails after the domain already moved the status
        runtime.removeVariable(instance, "unitId");

        assertThatThrownBy(() -> workflow.complete(secrecy, task, Decision.APPROVE, CLEARED)).isInstanceOf(RuntimeException.class);

        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        assertThat(reading.history(clerk, r.id())).noneMatch(h -> h.action().equals("APPROVE"));
        runtime.setVariable(instance, "unitId", town.id());
        assertThat(taskFor(secrecy, r.id())).isEqualTo(task);
        workflow.complete(secrecy, task, Decision.APPROVE, CLEARED);
        assertThat(status(r.id())).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
    }
}
