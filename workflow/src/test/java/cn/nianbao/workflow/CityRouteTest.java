package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/** A city department's report is routed 保密审查 → 领导签发 → the city office, which publishes it; a county office never gets it. */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class CityRouteTest {

    @Autowired ReportApprovalWorkflow workflow;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;
    @Autowired UnitService units;
    @Autowired UserAccountService users;

    final String t = UUID.randomUUID().toString().substring(0, 8);

    private Actor person(String who, Role role, UnitView unit) {
        String username = who + "." + t;
        users.create(username, "secret-pw", who, username + "@example.test");
        return users.grant(username, role, unit.id()).actor();
    }

    private String taskFor(Actor who, Long reportId) {
        return workflow.openTasks(who).stream().filter(x -> x.reportId().equals(reportId)).findFirst()
                .orElseThrow(() -> new AssertionError(who.username() + " has no task for report " + reportId)).taskId();
    }

    @Test
    void the_city_office_decides_and_publishes_a_city_departments_report() {
        UnitView city = units.create("c-" + t, "绥化市", "绥化市", UnitKind.CITY, null);
        UnitView dept = units.create("cd-" + t, "绥化市发展和改革委员会", "市发展和改革委员会", UnitKind.CITY_DEPARTMENT, city.code());
        UnitView county = units.create("k-" + t, "兰西县", "兰西县", UnitKind.COUNTY, city.code());
        Actor clerk = person("clerk", Role.CLERK, dept);
        Actor secrecy = person("secrecy", Role.SECRECY_REVIEWER, dept);
        Actor leader = person("leader", Role.LEADER, dept);
        Actor cityOffice = person("city", Role.CITY_OFFICE, city);
        Actor countyOffice = person("county", Role.COUNTY_OFFICE, county);

        ReportView r = drafting.createFromContent(clerk, SeedReport.content().withUnit(dept.ref()));
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> explained.put(f.explanationKey(), "已说明"));
        workflow.submit(clerk, r.id(), explained);
        workflow.complete(secrecy, taskFor(secrecy, r.id()), Decision.APPROVE, "经审查，报告不涉及国家秘密，同意公开");
        workflow.complete(leader, taskFor(leader, r.id()), Decision.APPROVE, "同意");

        assertThat(workflow.openTasks(countyOffice)).noneMatch(x -> x.reportId().equals(r.id()));
        String review = taskFor(cityOffice, r.id());
        assertThatThrownBy(() -> workflow.complete(countyOffice, review, Decision.APPROVE, "同意"))
                .isInstanceOf(Refusal.class);

        workflow.complete(cityOffice, review, Decision.APPROVE, "同意");
        assertThat(reading.summary(cityOffice, r.id()).status()).isEqualTo(ReportStatus.APPROVED);
        workflow.publishNow(cityOffice, r.id());
        assertThat(reading.summary(cityOffice, r.id()).status()).isEqualTo(ReportStatus.PUBLISHED);
    }
}
