package cn.nianbao.domain.report;

import java.time.Instant;

/**
 * A line of a report's history as the API and the UI show it; {@code onBehalfOf} is the leader for whom the actor
 * signed off (代理签发), null otherwise.
 */
public record HistoryEntry(Instant at, String actor, String action, String stage, String from, String to,
                           String comment, int submissionNo, long contentVersion, String contentHash,
                           String onBehalfOf) {
}
