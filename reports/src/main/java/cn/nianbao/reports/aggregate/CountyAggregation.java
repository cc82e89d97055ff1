package cn.nianbao.reports.aggregate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.reports.publish.Download;
import cn.nianbao.reports.publish.DownloadKind;
import cn.nianbao.reports.render.LaidOutReport;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.ReportMeta;
import cn.nianbao.reports.render.XlsxWriter;

/**
 * Sums the published reports of a year below an area (a county, a city, the province) cell by cell (SQL aggregates in the domain, never a loop over
 * loaded reports), compares with the year before, drills down to each unit, and lays the sums out as a 汇总表.
 */
@Service
public class CountyAggregation {

    private static final Messages TEXT = Messages.of("aggregate");

    private final PublishedReports published;
    private final ReportReading reading;
    private final UnitService units;
    private final ReportFormats formats;
    private final OfficialLayout layout;
    private final XlsxWriter xlsx;

    CountyAggregation(PublishedReports published, ReportReading reading, UnitService units, ReportFormats formats,
                      OfficialLayout layout, XlsxWriter xlsx) {
        this.published = published;
        this.reading = reading;
        this.units = units;
        this.formats = formats;
        this.layout = layout;
        this.xlsx = xlsx;
    }

    public CountyTotals totals(Actor actor, String countyCode, int year) {
        UnitView county = reading.county(actor, countyCode);
        ReportFormat format = formats.forYear(year);
        Map<String, BigDecimal> last = new LinkedHashMap<>();
        try {
            ReportFormat lastFormat = formats.forYear(year - 1);
            Map<String, BigDecimal> sums = CountyTotals.ordered(lastFormat, published.sumCells(county.id(), year - 1));
            sums.forEach((k, v) -> {
                if (format.cell(k).isPresent()) {
                    last.put(k, v);
                }
            });
        } catch (IllegalArgumentException | Refusal noFormatLastYear) {
            // the first year with an official format has nothing to compare with
        }
        return new CountyTotals(county.id(), county.name(), year, format, published.count(county.id(), year),
                CountyTotals.ordered(format, published.sumCells(county.id(), year)), last);
    }

    /** One cell's published value per unit, for the drill-down of a sum. */
    public Map<String, BigDecimal> byUnit(Actor actor, String countyCode, int year, String cellKey) {
        UnitView county = reading.county(actor, countyCode);
        if (formats.forYear(year).cell(cellKey).isEmpty()) {
            throw Refusal.invalid("BAD_CELL", TEXT.get("refuse.no_cell", year, cellKey));
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Map<String, BigDecimal> values = published.cellByUnit(county.id(), year, cellKey);
        units.children(county.id()).forEach(u -> out.put(u.name(), values.getOrDefault(u.code(), BigDecimal.ZERO)));
        return out;
    }

    /** A direct child of an area with one cell's published sum over its subtree (0 when nothing is published). */
    public record ChildValue(String code, String name, boolean area, BigDecimal value) {
    }

    /**
     * The drill-down one level down at any level: one cell's published sum per direct child of the area (a
     * township's own value, a county's or city's sum over everything below it), every child listed.
     */
    public java.util.List<ChildValue> byChild(Actor actor, String areaCode, int year, String cellKey) {
        UnitView area = reading.county(actor, areaCode);
        if (formats.forYear(year).cell(cellKey).isEmpty()) {
            throw Refusal.invalid("BAD_CELL", year + "年度的报告格式没有单元格 " + cellKey);
        }
        Map<String, BigDecimal> values = published.cellByUnit(area.id(), year, cellKey);
        return units.children(area.id()).stream().map(u -> new ChildValue(u.code(), u.name(), u.kind().isArea(),
                values.getOrDefault(u.code(), BigDecimal.ZERO))).toList();
    }

    /** The 汇总表 in the official layout: the tables of 二、三、四 holding the county's sums. */
    public LaidOutReport layOut(CountyTotals totals) {
        UnitView county = units.findById(totals.countyId()).orElseThrow();
        ReportContent content = new ReportContent(totals.format().id(), totals.year(), county.ref(), Map.of(), totals.cells());
        LaidOutReport laid = layout.layOut(content, new ReportMeta(county.code(), county.name(), totals.year(),
                totals.format().id(), county.name(), null, null));
        return new LaidOutReport(OfficialLayout.totalsTitle(county.name(), totals.year()), laid.meta(), laid.sections().stream()
                .filter(s -> !s.tables().isEmpty()).map(s -> new cn.nianbao.reports.render.ReportSection(s.key(), s.title(),
                        java.util.List.of(), s.tables())).toList());
    }

    public Download xlsx(CountyTotals totals) {
        return new Download(xlsx.write(layOut(totals)), DownloadKind.XLSX.mediaType(),
                "county-" + totals.year() + "-totals.xlsx");
    }
}
