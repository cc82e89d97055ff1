package cn.nianbao.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;

/** The deadline of an open task passed: tell the unit's leader and the county office (逾期督办). */
@Component("escalateDelegate")
class EscalateDelegate implements JavaDelegate {

    private final Notifier notifier;

    EscalateDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long reportId = ((Number) execution.getVariable(ReportApprovalWorkflow.REPORT_ID)).longValue();
        String task = execution.getCurrentActivityId().substring(execution.getCurrentActivityId().indexOf('_') + 1);
        RouteStep step = RouteStep.of(task);
        ReportSummary r = notifier.report(reportId);
        Date due = (Date) execution.getVariable("due");
        List<UserAccount> people = new ArrayList<>(notifier.holders(Role.LEADER, r));
        people.addAll(notifier.holders(Role.COUNTY_OFFICE, r));
        notifier.tell(people, reportId, step.chinese() + "已逾期",
                "「" + step.chinese() + "」任务已超过截止日期 " + RemindDelegate.DAY.format(due.toInstant()) + "，请督促办理。");
    }
}
