package cn.nianbao.workflow;

import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;

import cn.nianbao.domain.report.ReportFacts;
import cn.nianbao.domain.report.RouteFacts;
import cn.nianbao.domain.report.WorkStep;

/**
 * What a reminder or escalation timer knows when it fires: the report, the step it is attached to (the part of
 * the service task's id after "_", e.g. sendReminder_secrecyReview) and the deadline.
 */
record TimerFiring(ReportFacts report, WorkStep step, Date due) {

    static TimerFiring of(DelegateExecution execution, RouteFacts facts) {
        Long reportId = ((Number) execution.getVariable(ReportApprovalWorkflow.REPORT_ID)).longValue();
        String activity = execution.getCurrentActivityId();
        WorkStep step = WorkStep.ofTaskKey(activity.substring(activity.indexOf('_') + 1));
        return new TimerFiring(facts.of(reportId), step, (Date) execution.getVariable(ReportApprovalWorkflow.DUE));
    }
}
