package cn.nianbao.workflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.ReportSummary;

/** The reminder timer of an open task fired: remind the people who can do it that the deadline is near. */
@Component("remindDelegate")
class RemindDelegate implements JavaDelegate {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifier notifier;

    RemindDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long reportId = ((Number) execution.getVariable(ReportApprovalWorkflow.REPORT_ID)).longValue();
        String task = execution.getCurrentActivityId().substring(execution.getCurrentActivityId().indexOf('_') + 1);
        RouteStep step = RouteStep.of(task);
        ReportSummary r = notifier.report(reportId);
        Date due = (Date) execution.getVariable("due");
        notifier.tell(notifier.holders(step.role(), r), reportId, step.chinese() + "即将到期",
                "「" + step.chinese() + "」任务将于 " + DAY.format(due.toInstant()) + " 到期，请及时处理。");
    }
}
