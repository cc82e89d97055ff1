package cn.nianbao.app.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.PublishedReport;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportSummary;

/** Published reports for anyone, without sign-in: the current public version, whatever is being corrected. */
@RestController
class PublicReportsController {

    private static final Messages TEXT = Messages.of("api");

    private final PublishedReports publicReports;
    private final ReportJsonCodec codec;

    PublicReportsController(PublishedReports publicReports, ReportJsonCodec codec) {
        this.publicReports = publicReports;
        this.codec = codec;
    }

    record PublicListing(String unit, String unitName, int year, String format, Instant publishedAt) {
        static PublicListing of(ReportSummary s) {
            return new PublicListing(s.unitCode(), s.unitName(), s.year(), s.formatId(), s.publishedAt());
        }
    }

    @GetMapping(value = "/api/v1/public/reports", produces = "application/json")
    List<PublicListing> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        return publicReports.list(year, unit, q, page, size).stream().map(PublicListing::of).toList();
    }

    @GetMapping(value = "/api/v1/public/reports/{unitCode}/{year}", produces = "application/json")
    ResponseEntity<ObjectNode> report(@PathVariable String unitCode, @PathVariable int year, WebRequest request) {
        ReportSummary summary = publicReports.summary(unitCode, year)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("public.not_published", unitCode, year)));
        PublishedReport current = publicReports.current(summary.id()).orElseThrow();
        String etag = "\"" + current.version().contentHash().substring(0, 16) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .body(codec.toJson(current.content()));
    }
}
