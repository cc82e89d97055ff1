package cn.nianbao.workflow.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deadline sweep every few minutes on every app node (the claims keep each notice single). Off with
 * {@code nianbao.deadline.sweep.enabled=false}: the tests sweep by hand, with the time they choose.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "nianbao.deadline.sweep.enabled", havingValue = "true", matchIfMissing = true)
class TaskDeadlineSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineSchedule.class);

    private final TaskDeadlineSweep sweep;

    TaskDeadlineSchedule(TaskDeadlineSweep sweep) {
        this.sweep = sweep;
    }

    // due dates are days: a notice a few minutes after its moment is in time, and a sweep costs one query
    @Scheduled(initialDelayString = "${nianbao.deadline.sweep.first:PT1M}",
            fixedDelayString = "${nianbao.deadline.sweep.every:PT5M}")
    void run() {
        try {
            int sent = sweep.sweep();
            if (sent > 0) {
                LOG.info("deadline sweep: {} reminders and escalations sent", sent);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a database that is away for a moment is no reason to stop sweeping
            LOG.warn("deadline sweep failed: {}", e.toString());
        }
    }
}
