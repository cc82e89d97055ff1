package cn.nianbao.domain.report;

import java.time.Instant;

/** An open step of the route passed its deadline (the route's escalation timer fired). */
public record TaskOverdue(ReportFacts report, WorkStep step, Instant due) implements ReportEvent {
}
