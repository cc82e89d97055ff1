package cn.nianbao.reports.aggregate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.domain.format.ReportFormat;

/** The county's 汇总 for one year: every cell of the format, in the official order, blank cells summed as 0. */
public record CountyTotals(Long countyId, int year, ReportFormat format, Map<String, BigDecimal> cells) {

    public BigDecimal cell(String key) {
        return cells.getOrDefault(key, BigDecimal.ZERO);
    }

    static CountyTotals of(Long countyId, int year, ReportFormat format, Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        format.cells().keySet().forEach(k -> ordered.put(k, sums.getOrDefault(k, BigDecimal.ZERO)));
        return new CountyTotals(countyId, year, format, ordered);
    }
}
