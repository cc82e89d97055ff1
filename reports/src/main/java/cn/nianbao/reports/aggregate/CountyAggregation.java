package cn.nianbao.reports.aggregate;

import org.springframework.stereotype.Service;

import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.report.ReportService;

/** Sums a county's published reports of a year, cell by cell, without loading a single report. */
@Service
public class CountyAggregation {

    private final ReportService reports;
    private final ReportFormats formats;

    CountyAggregation(ReportService reports, ReportFormats formats) {
        this.reports = reports;
        this.formats = formats;
    }

    public CountyTotals totals(Long countyId, int year) {
        return CountyTotals.of(countyId, year, formats.forYear(year), reports.sumPublishedCells(countyId, year));
    }
}
