package cn.nianbao.workflow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
        TimerFiring t = TimerFiring.of(execution, notifier);
        notifier.tell(notifier.holders(t.step().role(), t.report()), t.reportId(), t.step().chinese() + "即将到期",
                "「" + t.step().chinese() + "」任务将于 " + t.dueDay() + " 到期，请及时处理。");
    }
}
