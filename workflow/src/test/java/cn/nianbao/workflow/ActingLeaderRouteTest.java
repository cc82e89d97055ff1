package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.workflow.WorkItem;

/**
 * 代理签发 on the real route: the person a leader names sees and decides the 领导签发 tasks during the period, the
 * decision is theirs "for" the leader, the period ends by itself, and nobody signs off a report they wrote or cleared.
 */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class ActingLeaderRouteTest extends TownshipRoute {

    static final String CLEARED = "经审查，报告不涉及国家秘密、工作秘密和个人信息，同意公开";

    @Autowired ActingLeaders acting;
    @Autowired JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Actor fresh(Actor a) {
        return users.actor(a.username()).orElseThrow();
    }

    /** A 2020 report of the township, submitted and cleared by 保密审查: it waits for 领导签发. */
    private Long waitingForTheLeader() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(clerk, seed);
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(w -> explained.put(w.explanationKey(), "已说明"));
        workflow.submit(clerk, r.id(), explained);
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.APPROVE, CLEARED);
        assertThat(reading.get(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
        return r.id();
    }

    @Test
    void the_acting_leader_decides_the_sign_off_recorded_as_theirs_for_the_leader() {
        Actor deputy = fx.person("deputy", Role.CLERK, town);
        Long id = waitingForTheLeader();
        assertThat(workflow.openTasks(fresh(deputy))).isEmpty();

        acting.name(leader, town.id(), leader.username(), deputy.username(), today, today.plusDays(6));
        Actor actingNow = fresh(deputy);
        assertThat(actingNow.has(Role.LEADER, town.id())).isTrue();
        assertThat(actingNow.actingFor(town.id())).get().extracting(a -> a.leader()).isEqualTo(leader.username());
        assertThat(workflow.openTasks(actingNow)).extracting(WorkItem::reportId).contains(id);
        // the leader keeps the task too, and is not "acting" for themselves
        assertThat(fresh(leader).actingFor(town.id())).isEmpty();

        workflow.complete(actingNow, taskFor(actingNow, id), Decision.APPROVE, "同意（代签）");
        assertThat(reading.get(clerk, id).status()).isEqualTo(ReportStatus.IN_COUNTY_REVIEW);
        HistoryEntry signed = reading.history(county, id).stream()
                .filter(h -> "LEADER_SIGNOFF".equals(h.stage())).findFirst().orElseThrow();
        assertThat(signed.actor()).isEqualTo(deputy.username());
        assertThat(signed.onBehalfOf()).isEqualTo(leader.username());
        // the county office is told who signed, for whom
        assertThat(notifications.latest(county.username(), 1).get(0).body()).contains("（代 ");
        assertThat(jdbc.queryForObject("select count(*) from security_audit where action = 'ACTING_LEADER_NAMED' and actor = ?",
                Long.class, leader.username())).isEqualTo(1);
    }

    @Test
    void the_sign_off_is_told_to_the_leaders_and_whoever_acts_for_one_today_each_once() {
        Actor deputy = fx.person("deputy", Role.CLERK, town);
        Actor former = fx.person("former", Role.CLERK, town);
        Actor leaving = fx.person("leaving", Role.CLERK, town);
        Actor second = fx.person("second", Role.LEADER, town);
        jdbc.update("insert into acting_leader (unit_id, leader, acting, starts_on, ends_on, named_by, named_at) "
                + "values (?, ?, ?, ?, ?, ?, now())", town.id(), leader.username(), former.username(),
                today.minusDays(10), today.minusDays(1), leader.username());
        acting.name(leader, town.id(), leader.username(), deputy.username(), today, today.plusDays(6));
        acting.name(second, town.id(), second.username(), leaving.username(), today, today.plusDays(6));
        jdbc.update("update app_user set enabled = false where username = ?", leaving.username());

        Long id = waitingForTheLeader();

        assertThat(toldOf(id, deputy)).isEqualTo(1);
        assertThat(toldOf(id, leader)).isEqualTo(1);
        assertThat(toldOf(id, second)).isEqualTo(1);
        assertThat(toldOf(id, former)).isZero();
        assertThat(toldOf(id, leaving)).isZero();
    }

    private long toldOf(Long reportId, Actor who) {
        return notifications.latest(who.username(), 20).stream().filter(n -> reportId.equals(n.reportId()))
                .filter(n -> n.title().contains("领导签发")).count();
    }

    @Test
    void the_period_ends_by_itself_or_when_the_leader_ends_it_and_starts_only_on_its_first_day() {
        Actor deputy = fx.person("deputy", Role.SECRECY_REVIEWER, town);
        Long id = waitingForTheLeader();
        // a period that ended yesterday: written as it would stand after its last day
        jdbc.update("insert into acting_leader (unit_id, leader, acting, starts_on, ends_on, named_by, named_at) "
                + "values (?, ?, ?, ?, ?, ?, now())", town.id(), leader.username(), deputy.username(),
                today.minusDays(10), today.minusDays(1), leader.username());
        assertThat(fresh(deputy).acting()).isEmpty();
        assertThat(workflow.openTasks(fresh(deputy))).extracting(WorkItem::reportId).doesNotContain(id);

        var tomorrow = acting.name(leader, town.id(), leader.username(), deputy.username(), today.plusDays(1), today.plusDays(3));
        assertThat(fresh(deputy).acting()).isEmpty();
        acting.end(leader, tomorrow.id());
        var now = acting.name(leader, town.id(), leader.username(), deputy.username(), today, today);
        assertThat(fresh(deputy).has(Role.LEADER, town.id())).isTrue();
        acting.end(leader, now.id());
        assertThat(fresh(deputy).acting()).isEmpty();
        String task = taskFor(leader, id);
        assertThatThrownBy(() -> workflow.complete(fresh(deputy), task, Decision.APPROVE, "同意"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void nobody_signs_off_on_the_leaders_behalf_a_report_they_drafted_or_cleared() {
        Long id = waitingForTheLeader();
        acting.name(leader, town.id(), leader.username(), secrecy.username(), today, today.plusDays(2));
        Actor clearedIt = fresh(secrecy);
        assertThatThrownBy(() -> workflow.complete(clearedIt, taskFor(clearedIt, id), Decision.APPROVE, "同意"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));

        var periods = acting.openOf(leader);
        acting.end(leader, periods.get(0).id());
        acting.name(leader, town.id(), leader.username(), clerk.username(), today, today.plusDays(2));
        Actor wroteIt = fresh(clerk);
        assertThatThrownBy(() -> workflow.complete(wroteIt, taskFor(wroteIt, id), Decision.APPROVE, "同意"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThat(reading.get(county, id).status()).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
    }

    @Test
    void only_the_leader_or_the_system_administrator_names_someone_of_the_unit_for_a_period_ahead() {
        Actor deputy = fx.person("deputy", Role.CLERK, town);
        var elsewhere = fx.township("别的乡", UnitKind.XIANG);
        Actor stranger = fx.person("stranger", Role.CLERK, elsewhere);
        refused(() -> acting.name(clerk, town.id(), leader.username(), deputy.username(), today, today), "FORBIDDEN");
        refused(() -> acting.name(leader, town.id(), leader.username(), stranger.username(), today, today), "ACTING_NOT_IN_UNIT");
        refused(() -> acting.name(leader, town.id(), leader.username(), leader.username(), today, today), "ACTING_SELF");
        refused(() -> acting.name(leader, town.id(), leader.username(), deputy.username(), today.minusDays(1), today), "BAD_PERIOD");
        refused(() -> acting.name(leader, town.id(), leader.username(), deputy.username(), today.plusDays(2), today), "BAD_PERIOD");
        refused(() -> acting.name(leader, town.id(), leader.username(), deputy.username(), today, today.plusDays(400)), "BAD_PERIOD");
        acting.name(leader, town.id(), leader.username(), deputy.username(), today, today.plusDays(5));
        refused(() -> acting.name(leader, town.id(), leader.username(), secrecy.username(), today.plusDays(3), today.plusDays(8)),
                "ACTING_OVERLAP");
        Actor admin = fx.person("sysadmin", Role.SYSTEM_ADMIN, null);
        acting.name(admin, town.id(), leader.username(), secrecy.username(), today.plusDays(6), today.plusDays(8));
        assertThat(acting.openOf(leader)).hasSize(2);
        assertThat(acting.candidates(leader, town.id(), leader.username())).extracting(u -> u.username())
                .contains(deputy.username(), secrecy.username(), clerk.username()).doesNotContain(leader.username(), stranger.username());
    }

    private static void refused(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Refusal.class, e -> {
            if (code.equals("FORBIDDEN")) {
                assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            } else {
                assertThat(e.code()).isEqualTo(code);
            }
        });
    }
}
