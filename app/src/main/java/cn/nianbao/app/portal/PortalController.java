package cn.nianbao.app.portal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.context.request.WebRequest;

import cn.nianbao.domain.report.PublishedVersion;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.reports.publish.Download;
import cn.nianbao.reports.publish.DownloadKind;
import cn.nianbao.reports.publish.PublicArtefacts;
import cn.nianbao.reports.publish.PublicReport;
import cn.nianbao.reports.render.Html;

/** /public/reports and its pages and downloads. */
@Controller
class PortalController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Pattern FILE = Pattern.compile("(\\d{4})(?:\\.([a-z]+))?");
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
        StringBuilder b = new StringBuilder("<h1>政府信息公开工作年度报告</h1>");
        b.append("<form class=\"search\" method=\"get\" action=\"/public/reports\" role=\"search\">")
                .append("<label for=\"q\">按单位名称搜索</label> <input id=\"q\" name=\"q\" value=\"")
                .append(Html.escape(q == null ? "" : q)).append("\"> <button type=\"submit\">搜索</button></form>");
        if (found.isEmpty()) {
            b.append("<p>没有找到已发布的年度报告。</p>");
        } else {
            b.append("<table class=\"list\"><thead><tr><th scope=\"col\">年度</th><th scope=\"col\">单位</th>"
                    + "<th scope=\"col\">发布日期</th></tr></thead><tbody>");
            for (ReportSummary r : found) {
                b.append("<tr><td>").append(r.year()).append("</td><td><a href=\"/public/reports/")
                        .append(Html.escape(r.unitCode())).append('/').append(r.year()).append("\">")
                        .append(Html.escape(r.unitName())).append(r.year()).append("年政府信息公开工作年度报告</a></td><td>")
                        .append(r.publishedAt() == null ? "" : DATE.format(r.publishedAt())).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (found.size() == 50) {
                b.append("<p><a href=\"/public/reports?page=").append(page + 1)
                        .append(q == null ? "" : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                        .append("\">下一页</a></p>");
            }
        }
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache())
                .body(PortalPage.page("年度报告", b.toString()));
    }

    @GetMapping("/public/reports/{unitCode}/{file}")
    ResponseEntity<?> report(@PathVariable String unitCode, @PathVariable String file, WebRequest request) {
        Matcher m = FILE.matcher(file);
        if (!m.matches()) {
            return notFound();
        }
        int year = Integer.parseInt(m.group(1));
        Optional<PublishedVersion> current = artefacts.current(unitCode, year);
        if (current.isEmpty()) {
            return notFound();
        }
        PublishedVersion v = current.get();
        String etag = "\"" + v.id() + "-" + v.contentHash().substring(0, 12) + (m.group(2) == null ? "" : "-" + m.group(2)) + "\"";
        // a repeat read is answered from the headers alone, before anything is rendered
        if (request.checkNotModified(etag, v.publishedAt().toEpochMilli())) {
            return null;
        }
        Optional<PublicReport> report = artefacts.report(unitCode, year);
        if (report.isEmpty()) {
            return notFound();
        }
        if (m.group(2) == null) {
            return ResponseEntity.ok().contentType(HTML).eTag(etag).lastModified(v.publishedAt())
                    .cacheControl(CacheControl.noCache()).body(PortalPage.page(report.get().layout().title(), page(report.get(), unitCode, year)));
        }
        Optional<DownloadKind> kind = DownloadKind.byExtension(m.group(2));
        if (kind.isEmpty()) {
            return notFound();
        }
        Download d = artefacts.download(unitCode, year, kind.get()).orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType())).eTag(etag).lastModified(v.publishedAt())
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(d.bytes());
    }

    @GetMapping("/public/opendata/{file}")
    ResponseEntity<?> openData(@PathVariable String file) {
        Matcher m = Pattern.compile("(\\d{4})\\.csv").matcher(file);
        if (!m.matches()) {
            return notFound();
        }
        Download d = artefacts.yearCsv(Integer.parseInt(m.group(1)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName()).build().toString())
                .body(d.bytes());
    }

    private static String page(PublicReport r, String unitCode, int year) {
        String base = "/public/reports/" + Html.escape(unitCode) + "/" + year;
        StringBuilder b = new StringBuilder("<nav class=\"crumbs\" aria-label=\"位置\"><a href=\"/public/reports\">年度报告</a> › ")
                .append(Html.escape(r.layout().meta().unitName())).append("</nav>");
        b.append(r.html());
        b.append("<h2>下载</h2><ul class=\"downloads\">");
        for (DownloadKind k : new DownloadKind[] {DownloadKind.PDF, DownloadKind.DOCX, DownloadKind.XLSX, DownloadKind.JSON, DownloadKind.CSV}) {
            b.append("<li><a href=\"").append(base).append('.').append(k.extension()).append("\">")
                    .append(k.extension().toUpperCase()).append("</a></li>");
        }
        b.append("</ul>");
        b.append("<h2 id=\"history\">发布与更正记录</h2><ol class=\"history\">");
        for (PublishedVersion v : r.history()) {
            b.append("<li>").append(DATE.format(v.publishedAt()))
                    .append(v.correctionReason() == null ? " 发布" : " 更正发布。更正说明：" + Html.escape(v.correctionReason()))
                    .append("</li>");
        }
        return b.append("</ol>").toString();
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .body(PortalPage.page("未找到", "<h1>未找到</h1><p>没有这份已发布的年度报告。</p><p><a href=\"/public/reports\">返回年度报告列表</a></p>"));
    }
}
