package cn.nianbao.domain.report;

import java.time.Instant;

/**
 * An open step of the route will reach its deadline soon (the sweep over the open tasks' due dates found it at
 * {@code at}).
 */
public record TaskDueSoon(ReportFacts report, WorkStep step, Instant due, Instant at) implements ReportEvent {
}
