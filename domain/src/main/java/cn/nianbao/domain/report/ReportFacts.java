package cn.nianbao.domain.report;

/**
 * What the listeners of a report's events need to know of it — which unit, its county, the year, who submitted —
 * so that none of them reads the report again.
 */
public record ReportFacts(Long reportId, Long unitId, Long countyId, String unitCode, String unitName, int year,
                          String submittedBy) {
}
