package cn.nianbao.reports.publish;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

/**
 * The 索引号 of a published report, numbered per county and year in the order of first publication, so a county's
 * portal reads 231222-2021-00003 rather than an internal unit code. A county whose disclosure catalogue numbers
 * differently sets its own pattern ({@code nianbao.index-no.county.<county code>}); the placeholders are
 * {@code {county}}, {@code {unit}}, {@code {year}} and {@code {seq}} (five digits).
 */
@Component
public class IndexNumbers {

    private final PublishedReports published;
    private final UnitService units;
    private final Environment environment;
    private final String defaultPattern;

    IndexNumbers(PublishedReports published, UnitService units, Environment environment,
                 @Value("${nianbao.index-no.pattern:{county}-{year}-{seq}}") String defaultPattern) {
        this.published = published;
        this.units = units;
        this.environment = environment;
        this.defaultPattern = defaultPattern;
    }

    /** The 索引号 of a published report (any version: corrections keep the number). */
    public String of(ReportSummary report) {
        UnitView unit = units.findById(report.unitId()).orElseThrow();
        UnitView county = units.findById(unit.countyId()).orElse(unit);
        long seq = published.publicationSequence(report.id(), county.path(), report.year());
        String pattern = environment.getProperty("nianbao.index-no.county." + county.code(), defaultPattern);
        return format(pattern, county.code(), unit.code(), report.year(), seq);
    }

    static String format(String pattern, String countyCode, String unitCode, int year, long seq) {
        return pattern.replace("{county}", countyCode).replace("{unit}", unitCode)
                .replace("{year}", Integer.toString(year)).replace("{seq}", String.format("%05d", seq));
    }
}
