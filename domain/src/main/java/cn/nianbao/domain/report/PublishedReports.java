package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.SubtreePlans;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;

/**
 * The published read side: what the public portal, open data and the county totals read. It needs no actor,
 * because everything here is public — only published versions, never a draft.
 */
@Service
@Transactional(readOnly = true)
public class PublishedReports {

    private static final Messages TEXT = Messages.of("report");

    private final ReportRepository reports;
    private final PublicationRepository publications;
    private final UnitService units;
    private final ReportFormats formats;
    private final ReportJsonCodec codec;
    private final AuditTrail audit;
    private final EntityManager em;
    private final Clock clock;
    private final SubtreePlans plans;
    private final PublishedCellSums cellSums;

    PublishedReports(ReportRepository reports, PublicationRepository publications, UnitService units,
                     ReportFormats formats, ReportJsonCodec codec, AuditTrail audit, EntityManager em, Clock clock,
                     SubtreePlans plans, PublishedCellSums cellSums) {
        this.plans = plans;
        this.cellSums = cellSums;
        this.reports = reports;
        this.publications = publications;
        this.units = units;
        this.formats = formats;
        this.codec = codec;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** Loads a report that was published before Nianbao (the demo seed, a migration from paper); no route behind it. */
    @Transactional
    public ReportView importPublished(ReportContent content) {
        return importPublished(List.of(content)).get(0);
    }

    /**
     * Loads reports published before Nianbao in one transaction: all of them or, at the first refusal (a unit
     * unknown, a report already there), none. The areas' sums are added once for the whole batch.
     */
    @Transactional
    public List<ReportView> importPublished(List<ReportContent> contents) {
        PublishedCellSums.Additions sums = cellSums.additions();
        List<ReportView> views = new ArrayList<>(contents.size());
        for (ReportContent content : contents) {
            Unit unit = units.findByCode(content.unit().code()).map(u -> em.find(Unit.class, u.id()))
                    .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", content.unit().code())));
            if (reports.existsByUnitIdAndYear(unit.getId(), content.year())) {
                throw Refusal.conflict("REPORT_EXISTS", TEXT.get("refuse.report_exists", unit.getShortName(), content.year()));
            }
            Report saved = reports.saveAndFlush(Report.alreadyPublished(unit, content.withUnit(unit.ref()),
                    ReportReview.SYSTEM, clock.instant()));
            ReportContent stored = saved.content();
            sums.add(unit, stored.year(), stored.formatId(), stored.cells());
            Publication publication = publications.save(new Publication(saved.getId(), clock.instant(),
                    ReportReview.SYSTEM, null, stored, audit.json(stored), audit.hash(stored)));
            audit.record(saved, ReportReview.SYSTEM, AuditAction.PUBLISH, null, null, ReportStatus.PUBLISHED,
                    TEXT.get("audit.imported"));
            views.add(saved.view());
            // written and done with: out of the persistence context, or each later query's auto-flush would check
            // every cell of every report imported so far (a batch of a hundred took seconds in that)
            em.flush();
            em.detach(saved);
            em.detach(publication);
        }
        sums.write();
        return views;
    }

    /**
     * Counts the areas' running sums anew from every current published version, for publications written around
     * the domain (a bulk load by SQL); the domain's own publications keep them up to date as they happen.
     */
    @Transactional
    public void recountSums() {
        cellSums.recount();
    }

    /** Published reports for the public, newest first; {@code nameContains} searches unit names. */
    public List<ReportSummary> list(Integer year, String unitCode, String nameContains, int page, int size) {
        String like = nameContains == null || nameContains.isBlank() ? null
                : "%" + nameContains.strip().replace("%", "").replace("_", "") + "%";
        return reports.published(year, unitCode, like, ReportReading.pageOf(page, size)).stream().map(Report::summary).toList();
    }

    /** The id and summary of a unit's report of a year, if any version of it was ever published. */
    public Optional<ReportSummary> summary(String unitCode, int year) {
        return units.findByCode(unitCode).flatMap(u -> reports.findByUnitIdAndYear(u.id(), year))
                .filter(r -> publications.findFirstByReportIdOrderByIdDesc(r.getId()).isPresent()).map(Report::summary);
    }

    /**
     * The id and time of the current published version of a unit's year, empty if none was ever published: one
     * query reading no content, so a cache can confirm what it holds cheaply.
     */
    public Optional<PublicationStamp> currentStamp(String unitCode, int year) {
        return publications.stamps(unitCode, year, Limit.of(1)).stream().findFirst();
    }

    /**
     * The report's place in the order in which its area's reports of its year were first published (1, 2, …),
     * for the 索引号; {@code areaPath} is the area unit's path, such as a county's.
     */
    public long publicationSequence(Long reportId, String areaPath, int year) {
        return publications.publicationSequence(reportId, areaPath, year);
    }

    /** The public's view: the current published version of a report, whatever is being corrected. */
    public Optional<PublishedReport> current(Long reportId) {
        return publications.findFirstByReportIdOrderByIdDesc(reportId)
                .map(p -> new PublishedReport(p.view(), codec.read(p.getContentJson())));
    }

    /** The current published version's metadata, without reading its content (enough for caching headers). */
    public Optional<PublishedVersion> currentVersion(Long reportId) {
        return publications.findFirstByReportIdOrderByIdDesc(reportId).map(Publication::view);
    }

    /**
     * Hands the current published version of every report of the year to {@code each}, by unit code, from one
     * query read as a stream (50 rows at a time), so a province's open data never sits in memory at once.
     */
    public void eachCurrent(int year, java.util.function.Consumer<ReportContent> each) {
        try (java.util.stream.Stream<String> rows = publications.currentJsonOfYear(year)) {
            rows.forEach(json -> {
                each.accept(codec.read(json));
                em.clear(); // nothing here is an entity, but keep the persistence context from growing
            });
        }
    }

    public List<PublishedVersion> history(Long reportId) {
        return publications.findByReportIdOrderByIdDesc(reportId).stream().map(Publication::view).toList();
    }

    // ------------------------------------------------------------------ aggregating

    /**
     * Every cell summed over the current published version of each report of the year below the area (a county,
     * a city, the province), by one SQL aggregate over the unit tree (a report under correction counts with the
     * numbers the public sees).
     */
    public Map<String, BigDecimal> sumCells(Long areaId, int year) {
        Map<String, BigDecimal> out = new HashMap<>();
        String formatId = ReportDrafting.formatFor(formats, year).id();
        // the running sums kept at each publication (PublishedCellSums): one row per cell
        for (Object[] row : reports.publishedCellSums(areaId, year, formatId)) {
            out.put((String) row[0], new BigDecimal(row[1].toString()));
        }
        return out;
    }

    /**
     * Drill-down one level: one cell's published sum per direct child of the area, by child code (a township its
     * own value, a county the sum of its units; children without a value are absent).
     */
    public Map<String, BigDecimal> cellByUnit(Long areaId, int year, String cellKey) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        String prefix = prefixOf(areaId);
        // the child's code starts right after the area's path, i.e. at the length of path + "%" (1-based)
        for (Object[] row : reports.publishedCellByChild(prefix, prefix.length(), areaId, year, cellKey)) {
            out.put((String) row[0], new BigDecimal(row[1].toString()));
        }
        return out;
    }

    /** How many units below the area have a published report of the year. */
    public long count(Long areaId, int year) {
        return reports.countPublished(prefixOf(areaId), areaId, year);
    }

    /** The path prefix of everything at or below the area; the statements that use it are planned for it. */
    private String prefixOf(Long areaId) {
        plans.planWithValues();
        return units.findEntity(areaId).map(Unit::getPath)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", areaId))) + "%";
    }
}
