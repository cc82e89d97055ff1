package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/** A report's transitions are lines of the chained security audit log, with who made them. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class ReportTransitionsAuditTest {

    static final Actor AUDITOR = new Actor("auditor", "审计管理员", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));

    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired SecurityAuditLog audit;
    @Autowired UnitService units;
    @Autowired UserAccountService users;

    @Test
    void a_submission_and_a_return_are_audited_and_the_chain_stays_intact() {
        Fixtures fx = new Fixtures(units, users);
        UnitView town = fx.township("兰河乡", UnitKind.XIANG);
        Fixtures.Route route = fx.route(town);
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(route.clerk(), seed);
        Map<String, String> why = new HashMap<>();
        drafting.validate(route.clerk(), r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));

        drafting.submit(route.clerk(), r.id(), why);
        review.decide(route.secrecy(), r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, "请修改");

        String target = "report:" + r.id() + " " + town.code() + "/2020";
        List<AuditEntry> submitted = audit.search(AUDITOR, new AuditQuery(null, null, route.clerk().username(),
                "REPORT_SUBMITTED", 0, 50));
        assertThat(submitted).extracting(AuditEntry::target).contains(target);
        List<AuditEntry> returned = audit.search(AUDITOR, new AuditQuery(null, null, route.secrecy().username(),
                "REPORT_RETURNED_SECRECY_REVIEW", 0, 50));
        assertThat(returned).extracting(AuditEntry::target).contains(target);
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }
}
