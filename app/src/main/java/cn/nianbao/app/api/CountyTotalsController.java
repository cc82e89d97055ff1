package cn.nianbao.app.api;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.ReportYears;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.reports.aggregate.CountyAggregation;
import cn.nianbao.reports.aggregate.CountyTotals;
import cn.nianbao.reports.evidence.EvidencePack;
import cn.nianbao.reports.publish.Download;

/** County totals (汇总) for the county office, and the evidence pack of a report. */
@RestController
class CountyTotalsController {

    private static final Messages ONBOARDING = Messages.of("onboarding");

    private final CountyAggregation aggregation;
    private final EvidencePack evidence;
    private final CurrentActor current;

    CountyTotalsController(CountyAggregation aggregation, EvidencePack evidence, CurrentActor current) {
        this.aggregation = aggregation;
        this.evidence = evidence;
        this.current = current;
    }

    record Totals(String county, int year, String format, long publishedUnits, Map<String, BigDecimal> cells,
                  Map<String, BigDecimal> lastYear) {
    }

    @GetMapping("/api/v1/counties/{code}/totals/{year}")
    ResponseEntity<?> totals(@PathVariable String code, @PathVariable int year,
                             @RequestParam(required = false) String format, @RequestParam(required = false) String cell) {
        // a year without an official format is the client's mistake (400 BAD_YEAR), not the aggregation's failure
        ReportYears.require(year);
        try {
            CountyTotals t = aggregation.totals(current.require(), code, year);
            if ("xlsx".equals(format)) {
                return file(aggregation.xlsx(t));
            }
            if (cell != null) {
                return ResponseEntity.ok(aggregation.byUnit(current.require(), code, year, cell));
            }
            return ResponseEntity.ok(new Totals(code, year, t.format().id(), t.publishedUnits(), t.cells(), t.lastYear()));
        } catch (IllegalArgumentException noFormat) {
            throw Refusal.invalid("BAD_YEAR", ONBOARDING.get("refuse.bad_year", year));
        }
    }

    @GetMapping("/api/v1/reports/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable Long id) {
        return file(evidence.pdf(current.require(), id));
    }

    static ResponseEntity<byte[]> file(Download d) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName()).build().toString())
                .body(d.bytes());
    }
}
