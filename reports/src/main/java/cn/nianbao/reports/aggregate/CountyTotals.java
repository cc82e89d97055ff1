package cn.nianbao.reports.aggregate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.domain.format.ReportFormat;

/**
 * The county's 汇总 for one year: every cell of the format in the official order (blank summed as 0), how many
 * units published, and last year's sums where the cell exists in both years' formats.
 */
public record CountyTotals(Long countyId, String countyName, int year, ReportFormat format, long publishedUnits,
                           Map<String, BigDecimal> cells, Map<String, BigDecimal> lastYear) {

    public BigDecimal cell(String key) {
        return cells.getOrDefault(key, BigDecimal.ZERO);
    }

    /** This year minus last year, or null where last year's format has no such cell. */
    public BigDecimal change(String key) {
        BigDecimal before = lastYear.get(key);
        return before == null ? null : cell(key).subtract(before);
    }

    static Map<String, BigDecimal> ordered(ReportFormat format, Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        format.cells().keySet().forEach(k -> out.put(k, sums.getOrDefault(k, BigDecimal.ZERO)));
        return out;
    }
}
