package cn.nianbao.domain.report;

import java.time.Instant;

/** An open step of the route passed its deadline (the sweep over the open tasks' due dates found it). */
public record TaskOverdue(ReportFacts report, WorkStep step, Instant due) implements ReportEvent {
}
