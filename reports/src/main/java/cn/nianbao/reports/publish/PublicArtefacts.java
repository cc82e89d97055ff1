package cn.nianbao.reports.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import cn.nianbao.domain.artefact.PublicArtefactStore;
import cn.nianbao.domain.artefact.StoredArtefact;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.report.PublishedReport;
import cn.nianbao.domain.report.PublishedReports;
import cn.nianbao.domain.report.PublicationStamp;
import cn.nianbao.domain.report.PublishedVersion;
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
 * What the public may read: only published versions, never a draft. Each published version's page and downloads
 * are rendered once — when it is published, or by the first reader of a version published before files were
 * stored — and kept in the database ({@link PublicArtefactStore}), so every node serves the same bytes. In front of
 * the store, a cache bounded by bytes answers repeat reads without any SQL; an entry is confirmed as the current
 * version at most every {@code nianbao.portal.revalidate-after} (one small query), which is how a node that did not
 * see a correction's event learns of it.
 */
@Service
public class PublicArtefacts {

    private final PublishedReports published;
    private final PublicArtefactStore store;
    private final OfficialLayout layout;
    private final HtmlWriter html;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final CsvWriter csv;
    private final ReportJsonCodec codec;
    private final PublicFileCache cache;
    private final IndexNumbers indexNumbers;
    private final long revalidateAfterNanos;
    private final Map<Long, Object> rendering = new ConcurrentHashMap<>();

    PublicArtefacts(PublishedReports published, PublicArtefactStore store, OfficialLayout layout, HtmlWriter html,
                    PdfWriter pdf, DocxWriter docx, XlsxWriter xlsx, CsvWriter csv, ReportJsonCodec codec,
                    IndexNumbers indexNumbers,
                    @Value("${nianbao.portal.cache-mb:64}") long cacheMegabytes,
                    @Value("${nianbao.portal.revalidate-after:PT10S}") Duration revalidateAfter) {
        this.published = published;
        this.store = store;
        this.layout = layout;
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
        this.csv = csv;
        this.codec = codec;
        this.indexNumbers = indexNumbers;
        this.cache = new PublicFileCache(cacheMegabytes * 1024 * 1024);
        this.revalidateAfterNanos = revalidateAfter.toNanos();
    }

    /**
     * The report page ({@link PublicFile#PAGE}) or a download of the current published version of a unit's year;
     * empty if nothing of that year was ever published. A fresh cached file costs no SQL, a cached file due for
     * confirmation one small query.
     */
    public Optional<PublicFile> file(String unitCode, int year, String kind) {
        String key = PublicFileCache.key(unitCode, year, kind);
        long now = System.nanoTime();
        PublicFileCache.Entry cached = cache.get(key, now);
        if (cached != null && now - cached.confirmedAt < revalidateAfterNanos) {
            return Optional.of(cached.file);
        }
        Optional<PublicationStamp> current = published.currentStamp(unitCode, year);
        if (current.isEmpty()) {
            cache.remove(key);
            return Optional.empty();
        }
        PublicationStamp stamp = current.get();
        if (cached != null && cached.file.publicationId().equals(stamp.id())) {
            cached.confirmedAt = now;
            return Optional.of(cached.file);
        }
        PublicFile file = store.find(stamp.id(), kind).map(a -> served(a, stamp.publishedAt()))
                .orElseGet(() -> renderOnce(unitCode, year, stamp).get(kind));
        if (file != null) {
            cache.put(key, file, now);
        }
        return Optional.ofNullable(file);
    }

    /** Renders and stores every file of the current version now (after its publication), so no reader waits. */
    public void prepare(String unitCode, int year) {
        cache.removeReport(unitCode, year);
        published.currentStamp(unitCode, year).ifPresent(stamp -> {
            if (store.hashes(stamp.id()).size() < DownloadKind.values().length + 1) {
                renderOnce(unitCode, year, stamp);
            }
        });
    }

    /** Forgets what this node holds of a unit's year (a new version of it was published). */
    public void forget(String unitCode, int year) {
        cache.removeReport(unitCode, year);
    }

    /**
     * Renders a version's files once on this node however many readers ask at the same moment (200 readers of a
     * version published before files were stored would otherwise each render its PDF); those who waited find the
     * files stored. Across nodes the store keeps the first row of each file.
     */
    private Map<String, PublicFile> renderOnce(String unitCode, int year, PublicationStamp stamp) {
        Object lock = rendering.computeIfAbsent(stamp.id(), id -> new Object());
        try {
            synchronized (lock) {
                return renderAll(unitCode, year);
            }
        } finally {
            rendering.remove(stamp.id(), lock);
        }
    }

    /** Every download first (the page lists their hashes), then the page; each stored once. */
    private Map<String, PublicFile> renderAll(String unitCode, int year) {
        ReportSummary s = published.summary(unitCode, year).orElseThrow();
        PublishedReport report = published.current(s.id()).orElseThrow();
        PublishedVersion v = report.version();
        ReportMeta meta = new ReportMeta(s.unitCode(), s.unitName(), s.year(), report.content().formatId(),
                s.unitName(), v.publishedAt(), indexNumbers.of(s));
        LaidOutReport laid = layout.layOut(report.content(), meta);
        Map<String, PublicFile> files = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        String base = s.unitCode() + "-" + s.year();
        for (DownloadKind kind : DownloadKind.values()) {
            PublicFile f = keep(v, kind.name(), kind.mediaType(), base + "." + kind.extension(),
                    () -> render(laid, report.content(), kind));
            files.put(kind.name(), f);
            hashes.put(kind.name(), f.sha256());
        }
        files.put(PublicFile.PAGE, keep(v, PublicFile.PAGE, "text/html;charset=UTF-8", null,
                () -> ReportPage.html(laid, html.fragment(laid), published.history(s.id()), hashes)
                        .getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private PublicFile keep(PublishedVersion v, String kind, String mediaType, String fileName,
                            java.util.function.Supplier<byte[]> render) {
        Optional<StoredArtefact> stored = store.find(v.id(), kind);
        if (stored.isPresent()) {
            return served(stored.get(), v.publishedAt());
        }
        StoredArtefact a;
        try {
            a = store.store(v.id(), kind, mediaType, fileName == null ? "" : fileName, render.get());
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            a = store.find(v.id(), kind).orElseThrow(() -> anotherNodeWasFirst);
        }
        return served(a, v.publishedAt());
    }

    private static PublicFile served(StoredArtefact a, Instant publishedAt) {
        return new PublicFile(a.publicationId(), a.kind(), a.bytes(), a.mediaType(),
                a.fileName().isEmpty() ? null : a.fileName(), a.sha256(), publishedAt);
    }

    private byte[] render(LaidOutReport laid, ReportContent content, DownloadKind kind) {
        return switch (kind) {
            case PDF -> pdf.write(html.document(laid, null)).bytes();
            case DOCX -> docx.write(laid);
            case XLSX -> xlsx.write(laid);
            case JSON -> codec.write(content).getBytes(StandardCharsets.UTF_8);
            case CSV -> csv.write(List.of(content));
        };
    }

    /**
     * Open data: every cell of every report published for the year, one CSV written as it is read (one query,
     * a report at a time), so a province's year streams instead of being built in memory.
     */
    public void yearCsv(int year, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        StringBuilder b = new StringBuilder();
        csv.header(b);
        try {
            published.eachCurrent(year, content -> {
                csv.rows(content, b);
                try {
                    w.append(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                b.setLength(0);
            });
            w.append(b);
            w.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static String yearCsvName(int year) {
        return "nianbao-" + year + ".csv";
    }
}
