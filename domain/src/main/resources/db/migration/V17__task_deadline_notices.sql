-- The reminder (DUE_SOON) and the escalation (OVERDUE) of one open workflow task are each sent once, by whichever
-- app node's deadline sweep claims this row first; the row goes when the task is no longer open.
create table task_deadline_notice (
    task_id varchar(64) not null,
    kind    varchar(16) not null,
    sent_at timestamp   not null,
    primary key (task_id, kind)
);
