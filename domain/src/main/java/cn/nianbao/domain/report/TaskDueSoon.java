package cn.nianbao.domain.report;

import java.time.Instant;

/** An open step of the route will reach its deadline soon (the route's reminder timer fired). */
public record TaskDueSoon(ReportFacts report, WorkStep step, Instant due) implements ReportEvent {
}
