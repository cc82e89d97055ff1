package cn.nianbao.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.ReportLifecycleService;
import cn.nianbao.domain.report.ReportService;

/** The publication timer has fired: publish the report, unless it was published by hand meanwhile. */
@Component("publishScheduledReportDelegate")
class PublishScheduledReportDelegate implements JavaDelegate {

    private final ReportLifecycleService lifecycle;
    private final ReportService reports;
    private final Notifier notifier;

    PublishScheduledReportDelegate(ReportLifecycleService lifecycle, ReportService reports, Notifier notifier) {
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long reportId = ((Number) execution.getVariable(ReportApprovalWorkflow.REPORT_ID)).longValue();
        if (lifecycle.publishScheduled(reportId)) {
            notifier.tell(notifier.person(reports.submittedBy(reportId)), reportId, "已发布", "报告已按计划时间在公开门户发布。");
        }
    }
}
