package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/**
 * Task ids cannot be probed: a task of another unit is "not found" exactly like an id that never existed, open or
 * finished; whoever may see the report and comes too late is told "already handled". The loser of a completion
 * race is always told "already handled" (409), never "not yours" (403).
 */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class TaskAccessTest extends TownshipRoute {

    private static final String CLEARED = "经审查，报告不涉及国家秘密、工作秘密和个人信息，同意公开";

    private ReportView submitted(Actor clerkOf, UnitView unit) {
        ReportContent seed = SeedReport.content().withUnit(unit.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(clerkOf, seed);
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerkOf, r.id()).of(Severity.WARNING)
                .forEach(w -> explained.put(w.explanationKey(), "本乡未开展年度考核，已向县政府办说明"));
        workflow.submit(clerkOf, r.id(), explained);
        return r;
    }

    private static Refusal refusal(Runnable call) {
        try {
            call.run();
        } catch (Refusal e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_task_of_another_unit_is_not_found_whatever_its_state() {
        ReportView r = submitted(clerk, town);
        String task = taskFor(secrecy, r.id());
        UnitView other = fx.township("榆林镇", UnitKind.ZHEN);
        Actor stranger = fx.person("yulin-secrecy", Role.SECRECY_REVIEWER, other);
        Refusal unknown = refusal(() -> workflow.complete(stranger, "no-such-task", Decision.APPROVE, CLEARED));

        Refusal open = refusal(() -> workflow.complete(stranger, task, Decision.APPROVE, CLEARED));
        assertThat(open.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(open.getMessage()).isEqualTo(unknown.getMessage());
        assertThat(open.hidden()).isEqualTo("task:" + task);

        workflow.complete(secrecy, task, Decision.APPROVE, CLEARED);

        Refusal finished = refusal(() -> workflow.complete(stranger, task, Decision.APPROVE, CLEARED));
        assertThat(finished.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(finished.code()).isEqualTo(unknown.code());
        assertThat(finished.getMessage()).isEqualTo(unknown.getMessage());
        assertThat(unknown.hidden()).isNull();

        // whoever may see the report is told the truth: it was handled
        assertThat(refusal(() -> workflow.complete(secrecy, task, Decision.APPROVE, CLEARED)).code())
                .isEqualTo("ALREADY_HANDLED");
        assertThat(refusal(() -> workflow.complete(county, task, Decision.APPROVE, null)).code())
                .isEqualTo("ALREADY_HANDLED");
        // a person of the unit who is not the task's candidate may know it exists: 403
        String leaderTask = taskFor(leader, r.id());
        assertThat(refusal(() -> workflow.complete(clerk, leaderTask, Decision.APPROVE, null)).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThatThrownBy(() -> workflow.complete(stranger, leaderTask, Decision.APPROVE, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
    }

    @Test
    void the_loser_of_a_completion_race_is_always_told_already_handled() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                Fixtures own = new Fixtures(units, users);
                UnitView unit = own.township("兰河乡", UnitKind.XIANG);
                Fixtures.Route route = own.route(unit);
                Actor second = own.person("secrecy2", Role.SECRECY_REVIEWER, unit);
                ReportView r = submitted(route.clerk(), unit);
                String task = taskFor(route.secrecy(), r.id());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (Actor who : List.of(route.secrecy(), second)) {
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
                Collections.sort(outcome);
                assertThat(outcome).as("round " + round).containsExactly("ALREADY_HANDLED", "WON");
            }
        } finally {
            pool.shutdown();
        }
    }
}
