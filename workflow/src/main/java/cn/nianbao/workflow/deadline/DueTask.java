package cn.nianbao.workflow.deadline;

import java.time.Instant;

/** An open task of the route whose due date is near or past, as the sweep reads it. */
record DueTask(String taskId, String taskKey, Instant due, Long reportId) {

    /** The notice it owes at {@code now}: an overdue task is escalated, never reminded any more. */
    DeadlineNotice noticeAt(Instant now) {
        return due.isAfter(now) ? DeadlineNotice.DUE_SOON : DeadlineNotice.OVERDUE;
    }
}
