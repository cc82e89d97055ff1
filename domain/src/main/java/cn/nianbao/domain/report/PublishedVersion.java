package cn.nianbao.domain.report;

import java.time.Instant;

/** One entry of a report's public history; {@code correctionReason} is null for the first publication. */
public record PublishedVersion(Long id, Long reportId, Instant publishedAt, String publishedBy,
                               String correctionReason, String contentHash) {
}
