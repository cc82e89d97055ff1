package cn.nianbao.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.RouteFacts;
import cn.nianbao.domain.report.TaskDueSoon;

/** The reminder timer of an open task fired: announce that the step is due soon. */
@Component("remindDelegate")
class RemindDelegate implements JavaDelegate {

    private final RouteFacts facts;
    private final ApplicationEventPublisher events;

    RemindDelegate(RouteFacts facts, ApplicationEventPublisher events) {
        this.facts = facts;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TimerFiring t = TimerFiring.of(execution, facts);
        events.publishEvent(new TaskDueSoon(t.report(), t.step(), t.due().toInstant()));
    }
}
