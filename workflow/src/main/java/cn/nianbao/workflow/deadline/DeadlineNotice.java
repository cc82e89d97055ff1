package cn.nianbao.workflow.deadline;

/** The two notices an open task can give: before its due date and once it has passed. */
enum DeadlineNotice {
    DUE_SOON,
    OVERDUE
}
