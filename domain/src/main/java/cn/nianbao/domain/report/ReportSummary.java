package cn.nianbao.domain.report;

import java.time.Instant;

/** A report in a list: who (and the county it reports to), which year, where it stands. */
public record ReportSummary(Long id, Long unitId, String unitCode, String unitName, int year, String formatId,
                            ReportStatus status, long version, Instant updatedAt, Instant publishedAt,
                            Long countyId) {
}
