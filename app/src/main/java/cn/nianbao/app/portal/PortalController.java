package cn.nianbao.app.portal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.reports.publish.DownloadKind;
import cn.nianbao.reports.publish.PublicArtefacts;
import cn.nianbao.reports.publish.PublicPage;
import cn.nianbao.reports.render.Html;
import cn.nianbao.reports.render.OfficialLayout;

/** /public/reports and its pages and downloads. */
@Controller
class PortalController {

    private static final Messages TEXT = Messages.of("portal");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final PublishedReports publicReports;
    private final PublicArtefacts artefacts;

    PortalController(PublishedReports publicReports, PublicArtefacts artefacts) {
        this.publicReports = publicReports;
        this.artefacts = artefacts;
    }

    @GetMapping("/public/reports")
    ResponseEntity<String> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "0") int page) {
        List<ReportSummary> found = publicReports.list(year, null, q, Math.max(page, 0), 50);
        DateTimeFormatter date = date();
        StringBuilder b = new StringBuilder("<h1>").append(TEXT.get("list.heading")).append("</h1>");
        b.append("<form class=\"search\" method=\"get\" action=\"/public/reports\" role=\"search\">")
                .append("<label for=\"q\">").append(TEXT.get("search.label")).append("</label> <input id=\"q\" name=\"q\" value=\"")
                .append(Html.escape(q == null ? "" : q)).append("\"> <button type=\"submit\">")
                .append(TEXT.get("search.button")).append("</button></form>");
        if (found.isEmpty()) {
            b.append("<p>").append(TEXT.get("list.empty")).append("</p>");
        } else {
            b.append("<table class=\"list\"><thead><tr><th scope=\"col\">").append(TEXT.get("list.col.year"))
                    .append("</th><th scope=\"col\">").append(TEXT.get("list.col.unit"))
                    .append("</th><th scope=\"col\">").append(TEXT.get("list.col.published")).append("</th></tr></thead><tbody>");
            for (ReportSummary r : found) {
                b.append("<tr><td>").append(r.year()).append("</td><td><a href=\"/public/reports/")
                        .append(Html.escape(r.unitCode())).append('/').append(r.year()).append("\">")
                        .append(Html.escape(OfficialLayout.title(r.unitName(), r.year()))).append("</a></td><td>")
                        .append(r.publishedAt() == null ? "" : date.format(r.publishedAt())).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (found.size() == 50) {
                b.append("<p><a href=\"/public/reports?page=").append(page + 1)
                        .append(q == null ? "" : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                        .append("\">").append(TEXT.get("list.next")).append("</a></p>");
            }
        }
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache())
                .body(PublicPage.page(TEXT.get("list.title"), b.toString()));
    }

    /**
     * A report's page and downloads are sent by {@link PublicFileFilter} ahead of this controller; what reaches this
     * mapping is a report that was never published, a year without one, or a file the portal does not have.
     */
    @GetMapping("/public/reports/{unitCode}/{file}")
    ResponseEntity<String> report(@PathVariable String unitCode, @PathVariable String file) {
        return notFound();
    }

    @GetMapping("/public/opendata/{file}")
    ResponseEntity<?> openData(@PathVariable String file, HttpServletResponse response) throws IOException {
        Matcher m = Pattern.compile("(\\d{4})\\.csv").matcher(file);
        if (!m.matches()) {
            return notFound();
        }
        int year = Integer.parseInt(m.group(1));
        response.setContentType(DownloadKind.CSV.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(PublicArtefacts.yearCsvName(year)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        artefacts.yearCsv(year, response.getOutputStream());
        return null;
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .body(PublicPage.page(TEXT.get("not_found.title"), "<h1>" + TEXT.get("not_found.title") + "</h1><p>"
                        + TEXT.get("not_found.text") + "</p><p><a href=\"/public/reports\">" + TEXT.get("not_found.back")
                        + "</a></p>"));
    }

    /** Days as the bundle writes them (2021年1月20日), in Beijing time. */
    private static DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(TEXT.get("date.pattern"), Locale.ENGLISH).withZone(CHINA);
    }
}
