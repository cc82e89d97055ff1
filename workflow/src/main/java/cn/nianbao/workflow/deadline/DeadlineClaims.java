package cn.nianbao.workflow.deadline;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.persistence.DatabaseProduct;

/**
 * The once-only record of each notice (task_deadline_notice). Several app nodes may sweep the same database at the
 * same time: the node whose insert creates the row sends the notice, the others' inserts create nothing.
 */
@Component
class DeadlineClaims {

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    DeadlineClaims(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** True when this call recorded the notice, i.e. it has not been sent before and this caller sends it. */
    boolean claim(String taskId, DeadlineNotice notice, Instant at) {
        // PostgreSQL waits for a concurrent insert of the same key to commit and then inserts nothing; H2 is an
        // embedded database of one node, where the check before the insert suffices
        Timestamp sent = Timestamp.from(at);
        if (database.postgres()) {
            return jdbc.update("insert into task_deadline_notice (task_id, kind, sent_at) values (?, ?, ?) "
                    + "on conflict do nothing", taskId, notice.name(), sent) == 1;
        }
        return jdbc.update("insert into task_deadline_notice (task_id, kind, sent_at) select ?, ?, ? where not exists "
                + "(select 1 from task_deadline_notice where task_id = ? and kind = ?)",
                taskId, notice.name(), sent, taskId, notice.name()) == 1;
    }

    /** The records of tasks that are no longer open (decided, withdrawn) are not needed any more. */
    int forgetClosedTasks() {
        return jdbc.update("delete from task_deadline_notice n where not exists "
                + "(select 1 from ACT_RU_TASK t where t.ID_ = n.task_id)");
    }
}
