package cn.nianbao.domain.report;

import java.time.Instant;

/** The county office set the time the approved report goes public. */
public record PublicationScheduled(ReportFacts report, Instant at, String by) implements ReportEvent {
}
