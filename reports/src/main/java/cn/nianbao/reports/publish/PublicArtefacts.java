package cn.nianbao.reports.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.report.PublishedReport;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.PublishedVersion;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.reports.render.CsvWriter;
import cn.nianbao.reports.render.DocxWriter;
import cn.nianbao.reports.render.HtmlWriter;
import cn.nianbao.reports.render.LaidOutReport;
import cn.nianbao.reports.render.OfficialLayout;
import cn.nianbao.reports.render.PdfWriter;
import cn.nianbao.reports.render.ReportMeta;
import cn.nianbao.reports.render.XlsxWriter;

/**
 * Renders what the public may read: only published versions, never a draft. Rendered files are cached per
 * published version (a small LRU in this JVM: any node can rebuild them, none depends on another's cache).
 */
@Service
public class PublicArtefacts {

    private static final int CACHE_SIZE = 64;

    private final PublishedReports published;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final CsvWriter csv;
    private final ReportJsonCodec codec;
    private final Map<String, Download> cache = lru();
    private final Map<Long, PublicReport> pages = lru();

    private static <K, V> Map<K, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CACHE_SIZE;
            }
        });
    }

    PublicArtefacts(PublishedReports published, OfficialLayout layout, HtmlWriter html, PdfWriter pdf, DocxWriter docx,
                    XlsxWriter xlsx, CsvWriter csv, ReportJsonCodec codec) {
        this.published = published;
        this.layout = layout;
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
        this.codec = codec;
        this.csv = csv;
    }

    /** The 索引号 of a published version: unit code, year and publication number. */
    public static String indexNo(String unitCode, int year, Long publicationId) {
        return unitCode + "/" + year + "-" + String.format("%05d", publicationId);
    }

    /** The current published version of a unit's year: two small queries, enough for ETag and Last-Modified. */
    public Optional<PublishedVersion> current(String unitCode, int year) {
        return published.summary(unitCode, year).flatMap(s -> published.currentVersion(s.id()));
    }

    /** The report as the portal shows it; laid out once per published version, then served from memory. */
    public Optional<PublicReport> report(String unitCode, int year) {
        Optional<ReportSummary> summary = published.summary(unitCode, year);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublishedVersion> version = published.currentVersion(summary.get().id());
        return version.map(v -> pages.computeIfAbsent(v.id(), id -> build(summary.get())));
    }

    private PublicReport build(ReportSummary s) {
        PublishedReport current = published.current(s.id()).orElseThrow();
        ReportMeta meta = new ReportMeta(s.unitCode(), s.unitName(), s.year(), current.content().formatId(),
                s.unitName(), current.version().publishedAt(), indexNo(s.unitCode(), s.year(), current.version().id()));
        LaidOutReport laid = layout.layOut(current.content(), meta);
        return new PublicReport(current.version(), current.content(), laid, html.fragment(laid),
                published.history(s.id()));
    }

    /** Lays out and renders every download of the current version now, so the first reader does not wait. */
    public void prepare(String unitCode, int year) {
        for (DownloadKind kind : DownloadKind.values()) {
            download(unitCode, year, kind);
        }
    }

    public Optional<Download> download(String unitCode, int year, DownloadKind kind) {
        return report(unitCode, year).map(r -> cache.computeIfAbsent(r.current().id() + "." + kind, k -> render(r, kind)));
    }

    private Download render(PublicReport r, DownloadKind kind) {
        String base = r.layout().meta().unitCode() + "-" + r.layout().meta().year();
        byte[] bytes = switch (kind) {
            case PDF -> pdf.write(html.document(r.layout(), null)).bytes();
            case DOCX -> docx.write(r.layout());
            case XLSX -> xlsx.write(r.layout());
            case JSON -> codec.write(r.content()).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv.write(List.of(r.content()));
        };
        return new Download(bytes, kind.mediaType(), base + "." + kind.extension());
    }

    /** Open data: every cell of every report published for the year, one CSV. */
    public Download yearCsv(int year) {
        List<cn.nianbao.domain.content.ReportContent> contents = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ReportSummary> batch = published.list(year, null, null, page, ReportReading.MAX_PAGE);
            batch.forEach(s -> published.current(s.id()).ifPresent(p -> contents.add(p.content())));
            if (batch.size() < ReportReading.MAX_PAGE) {
                break;
            }
        }
        return new Download(csv.write(contents), DownloadKind.CSV.mediaType(), "nianbao-" + year + ".csv");
    }
}
