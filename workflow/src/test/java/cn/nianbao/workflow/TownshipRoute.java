package cn.nianbao.workflow;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.TownshipFixture;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;

/**
 * A fresh township for each test with the four people of its route — clerk, 保密审查员, leader and the county
 * office — and the services the scenario tests drive.
 */
abstract class TownshipRoute extends TownshipFixture {

    @Autowired ReportApprovalWorkflow workflow;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;
    @Autowired ReportReview reportReview;
    @Autowired PublishedReports publicReports;
    @Autowired NotificationService notifications;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration engine;

    /** The id of the actor's open task for the report. */
    String taskFor(Actor who, Long reportId) {
        return workflow.openTasks(who).stream().filter(t -> t.reportId().equals(reportId)).findFirst()
                .orElseThrow(() -> new AssertionError(who.username() + " has no task for report " + reportId)).taskId();
    }
}
