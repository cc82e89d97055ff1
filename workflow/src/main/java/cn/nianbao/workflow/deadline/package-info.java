/**
 * Reminders before an open task's due date (即将到期) and the escalation once it has passed (逾期督办): one periodic
 * sweep over the due dates of the open tasks, each notice sent once per task, whichever app node claims it first.
 */
package cn.nianbao.workflow.deadline;
