package cn.nianbao.workflow;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
        TimerFiring t = TimerFiring.of(execution, notifier);
        List<UserAccount> people = new ArrayList<>(notifier.holders(Role.LEADER, t.report()));
        people.addAll(notifier.holders(Role.COUNTY_OFFICE, t.report()));
        notifier.tell(people, t.reportId(), t.step().chinese() + "已逾期",
                "「" + t.step().chinese() + "」任务已超过截止日期 " + t.dueDay() + "，请督促办理。");
    }
}
