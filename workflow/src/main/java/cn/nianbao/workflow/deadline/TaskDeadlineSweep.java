package cn.nianbao.workflow.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.report.ReportFacts;
import cn.nianbao.domain.report.RouteFacts;
import cn.nianbao.domain.report.TaskDueSoon;
import cn.nianbao.domain.report.TaskOverdue;
import cn.nianbao.domain.report.WorkStep;

/**
 * Reads the due dates of the route's open tasks and sends what they owe: 即将到期 from
 * {@code nianbao.deadline.reminder-days} before the due date, 逾期督办 once it has passed; the task stays open
 * either way. Each notice is claimed and announced in one transaction of its own, so a notice is sent once
 * whatever the number of app nodes sweeping, and a failing one holds up no other. A task first seen after its due
 * date only escalates: a reminder of a step that is already late would say the wrong thing.
 */
@Service
public class TaskDeadlineSweep {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineSweep.class);
    /** Tasks read per query; the sweep reads again while a whole page was owed. */
    static final int PAGE = 500;

    private static final String OWED = """
            select t.ID_, t.TASK_DEF_KEY_, t.DUE_DATE_, e.BUSINESS_KEY_
            from ACT_RU_TASK t
            join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
            join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
            where d.KEY_ = 'reportApproval' and t.DUE_DATE_ <= ?
              and not exists (select 1 from task_deadline_notice n where n.task_id = t.ID_
                              and n.kind = case when t.DUE_DATE_ <= ? then 'OVERDUE' else 'DUE_SOON' end)
            order by t.DUE_DATE_, t.ID_
            limit\s""" + PAGE;

    private final JdbcTemplate jdbc;
    private final DeadlineClaims claims;
    private final RouteFacts facts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration reminderLead;

    TaskDeadlineSweep(JdbcTemplate jdbc, DeadlineClaims claims, RouteFacts facts, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions, Clock clock,
                      @Value("${nianbao.deadline.reminder-days:7}") int reminderDays) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.facts = facts;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.reminderLead = Duration.ofDays(reminderDays);
    }

    /** Sends what is owed now; returns how many notices this call sent. */
    public int sweep() {
        return sweep(clock.instant());
    }

    /** Sends every notice owed at {@code now}; returns how many this call sent. */
    public int sweep(Instant now) {
        int sent = 0;
        while (true) {
            List<DueTask> owed = owed(now);
            int progress = 0;
            for (DueTask task : owed) {
                Boolean claimed = sendOnce(task, now);
                if (claimed != null) {
                    progress++;
                    sent += claimed ? 1 : 0;
                }
            }
            // a full page read again only while it moved: a task that keeps failing is retried by the next sweep
            if (owed.size() < PAGE || progress == 0) {
                break;
            }
        }
        claims.forgetClosedTasks();
        return sent;
    }

    private List<DueTask> owed(Instant now) {
        return jdbc.query(OWED, (rs, i) -> new DueTask(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                Long.valueOf(rs.getString(4))), Timestamp.from(now.plus(reminderLead)), Timestamp.from(now));
    }

    /** True when this call sent the notice, false when another node had, null when it failed (logged). */
    private Boolean sendOnce(DueTask task, Instant now) {
        try {
            return tx.execute(status -> {
                DeadlineNotice notice = task.noticeAt(now);
                if (!claims.claim(task.taskId(), notice, now)) {
                    return false;
                }
                ReportFacts report = facts.of(task.reportId());
                WorkStep step = WorkStep.ofTaskKey(task.taskKey());
                events.publishEvent(notice == DeadlineNotice.DUE_SOON ? new TaskDueSoon(report, step, task.due(), now)
                        : new TaskOverdue(report, step, task.due()));
                return true;
            });
        } catch (RuntimeException e) {
            LOG.warn("the deadline notice of task {} (report {}) could not be sent: {}", task.taskId(), task.reportId(),
                    e.toString());
            return null;
        }
    }
}
