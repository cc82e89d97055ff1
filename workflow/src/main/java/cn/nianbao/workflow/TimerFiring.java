package cn.nianbao.workflow;

import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;

import cn.nianbao.domain.report.ReportSummary;

/**
 * What a reminder or escalation timer knows when it fires: the report, the task it is attached to (the part of
 * the service task's id after "_", e.g. sendReminder_secrecyReview) and the deadline.
 */
record TimerFiring(Long reportId, RouteStep step, ReportSummary report, Date due) {

    static TimerFiring of(DelegateExecution execution, Notifier notifier) {
        Long reportId = ((Number) execution.getVariable(ReportApprovalWorkflow.REPORT_ID)).longValue();
        String activity = execution.getCurrentActivityId();
        RouteStep step = RouteStep.of(activity.substring(activity.indexOf('_') + 1));
        return new TimerFiring(reportId, step, notifier.report(reportId), (Date) execution.getVariable("due"));
    }

    String dueDay() {
        return RemindDelegate.DAY.format(due.toInstant());
    }
}
