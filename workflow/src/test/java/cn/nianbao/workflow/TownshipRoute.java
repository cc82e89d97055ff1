package cn.nianbao.workflow;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.user.UserAccountService;

/**
 * A fresh township for each test with the four people of its route — clerk, 保密审查员, leader and the county
 * office — and the services the scenario tests drive.
 */
abstract class TownshipRoute {

    @Autowired ReportApprovalWorkflow workflow;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;
    @Autowired ReportReview reportReview;
    @Autowired PublishedReports publicReports;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired NotificationService notifications;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration engine;

    Fixtures fx;
    UnitView town;
    Actor clerk;
    Actor secrecy;
    Actor leader;
    Actor county;

    @BeforeEach
    void setUpTownship() {
        fx = new Fixtures(units, users);
        town = fx.township("兰河乡", UnitKind.XIANG);
        Fixtures.Route route = fx.route(town);
        clerk = route.clerk();
        secrecy = route.secrecy();
        leader = route.leader();
        county = route.county();
    }

    /** The id of the actor's open task for the report. */
    String taskFor(Actor who, Long reportId) {
        return workflow.openTasks(who).stream().filter(t -> t.reportId().equals(reportId)).findFirst()
                .orElseThrow(() -> new AssertionError(who.username() + " has no task for report " + reportId)).taskId();
    }
}
