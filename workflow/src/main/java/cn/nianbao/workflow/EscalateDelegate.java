package cn.nianbao.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.RouteFacts;
import cn.nianbao.domain.report.TaskOverdue;

/** The deadline of an open task passed: announce it (逾期督办); the task stays open. */
@Component("escalateDelegate")
class EscalateDelegate implements JavaDelegate {

    private final RouteFacts facts;
    private final ApplicationEventPublisher events;

    EscalateDelegate(RouteFacts facts, ApplicationEventPublisher events) {
        this.facts = facts;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TimerFiring t = TimerFiring.of(execution, facts);
        events.publishEvent(new TaskOverdue(t.report(), t.step(), t.due().toInstant()));
    }
}
