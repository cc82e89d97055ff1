package cn.nianbao.domain.report;

import java.time.Instant;

/** Which published version is current and when it was published: what a cache of its files must know. */
public record PublicationStamp(Long id, Instant publishedAt) {
}
