package cn.nianbao.domain.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

    /**
     * A report with its unit and the unit's parent, in one query: the guard, the route and the events all ask for
     * the unit's county (a township's parent), which otherwise costs a statement of its own. A query rather than an
     * entity graph on findById: Hibernate caches a query's translation, where it builds a loader for a graph on
     * every call.
     */
    @Query("select r from Report r join fetch r.unit u left join fetch u.parent where r.id = :id")
    Optional<Report> findWithUnitById(Long id);

    Optional<Report> findByUnitIdAndYear(Long unitId, int year);

    boolean existsByUnitIdAndYear(Long unitId, int year);

    /** The submissions waiting in 保密审查 in an area and below it (unit paths start with the area's). */
    @Query("select r from Report r join fetch r.unit u where r.status = cn.nianbao.domain.report.ReportStatus.IN_SECRECY_REVIEW"
            + " and u.path like :pathPrefix")
    List<Report> inSecrecyReviewUnder(String pathPrefix);

    /**
     * A new screen for a submission still in 保密审查. A bulk update on purpose: the screen is not content, so the
     * report's version (the clerk's and the API's optimistic lock) stays where it is.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update Report r set r.secrecyScreen = :screen where r.id = :id"
            + " and r.status = cn.nianbao.domain.report.ReportStatus.IN_SECRECY_REVIEW")
    int rescreen(Long id, String screen);

    /** Reports with their units, in one query. */
    @Query("select r from Report r join fetch r.unit where r.id in :ids")
    java.util.List<Report> findWithUnitByIdIn(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    @Query("""
            select r from Report r where exists (select 1 from Publication p where p.reportId = r.id)
              and (:year is null or r.year = :year)
              and (:unitCode is null or r.unit.code = :unitCode)
              and (:nameLike is null or r.unit.name like :nameLike)
            order by r.year desc, r.unit.code""")
    List<Report> published(Integer year, String unitCode, String nameLike, Pageable page);

    /**
     * The sum of every cell over the current published version of each report of a year below an area (the
     * units whose path starts with {@code prefix}, the area itself excluded): one GROUP BY over the tree, whatever
     * its size. Blank cells have no row and so count as 0. The current version of each report is found by one
     * grouped pass over the publications joined by hash, not by a correlated max() per report: the planner
     * estimates one row for that filter and nests loops over every published report (bench/README.md).
     */
    @Query(value = """
            select c.cell_key, sum(c.cell_value), count(*) from report r
              join unit u on u.id = r.unit_id
              join (select report_id, max(id) as id from report_publication group by report_id) cur on cur.report_id = r.id
              join publication_cell c on c.publication_id = cur.id
             where u.path like :prefix and u.id <> :areaId and r.report_year = :year and r.format_id = :formatId
             group by c.cell_key""", nativeQuery = true)
    List<Object[]> sumPublishedCells(String prefix, Long areaId, int year, String formatId);

    /** The same sums as {@link #sumPublishedCells}, as kept up to date at each publication (one row per cell). */
    @Query(value = """
            select cell_key, total from published_cell_sum
             where area_id = :areaId and report_year = :year and format_id = :formatId""", nativeQuery = true)
    List<Object[]> publishedCellSums(Long areaId, int year, String formatId);

    /**
     * Drill-down one level: a cell's published sum per direct child of the area, over each child's subtree. The
     * child is read off each unit's path (the segment after the area's, starting at {@code from}), so the tree is
     * scanned once instead of joined with itself.
     */
    @Query(value = """
            select substring(u.path, :from, position('/' in substring(u.path, :from)) - 1), sum(c.cell_value)
              from report r
              join unit u on u.id = r.unit_id
              join (select report_id, max(id) as id from report_publication group by report_id) cur on cur.report_id = r.id
              join publication_cell c on c.publication_id = cur.id
             where u.path like :prefix and u.id <> :areaId and r.report_year = :year and c.cell_key = :cellKey
             group by 1 order by 1""", nativeQuery = true)
    List<Object[]> publishedCellByChild(String prefix, int from, Long areaId, int year, String cellKey);

    @Query(value = """
            select count(*) from report r join unit u on u.id = r.unit_id
             where u.path like :prefix and u.id <> :areaId and r.report_year = :year
               and exists (select 1 from report_publication p where p.report_id = r.id)""", nativeQuery = true)
    long countPublished(String prefix, Long areaId, int year);

    /**
     * The cockpit's page of an area's direct children: each with its report of the year (if any) and how often
     * it was returned. {@code status} '' for all, 'NONE' for children without a report.
     */
    @Query(value = """
            select u.id, u.code, u.name, u.kind, r.id, r.status,
                   (select count(*) from audit_entry a where a.report_id = r.id and a.action = 'RETURN')
              from unit u left join report r on r.unit_id = u.id and r.report_year = :year
             where u.parent_id = :areaId and (:status = '' or coalesce(r.status, 'NONE') = :status)
             order by u.code limit :size offset :offset""", nativeQuery = true)
    List<Object[]> cockpitChildren(Long areaId, int year, String status, int size, long offset);

    @Query(value = """
            select count(*) from unit u left join report r on r.unit_id = u.id and r.report_year = :year
             where u.parent_id = :areaId and (:status = '' or coalesce(r.status, 'NONE') = :status)""",
            nativeQuery = true)
    long countCockpitChildren(Long areaId, int year, String status);

    /**
     * For area children (a city's counties): how many reporting units below each child of the area have a report
     * in each status ('NONE': no report yet), in one scan of the subtree; the child is the path segment after the
     * area's (from {@code from}). Area nodes themselves write no report; the direct children are the rows
     * themselves and not counted here.
     */
    @Query(value = """
            select substring(d.path, :from, position('/' in substring(d.path, :from)) - 1), coalesce(r.status, 'NONE'),
                   count(*)
              from unit d left join report r on r.unit_id = d.id and r.report_year = :year
             where d.path like :prefix and d.id <> :areaId and d.parent_id <> :areaId
               and d.kind not in ('PROVINCE', 'CITY', 'COUNTY')
             group by 1, 2""", nativeQuery = true)
    List<Object[]> statusCountsBelow(String prefix, int from, Long areaId, int year);

    /**
     * The section sketches of the other units' reports of a county and year, in one query: unit id and short name,
     * whether the report is published, section key, sketch. The county's own report counts as a peer too.
     */
    @Query(value = """
            select u.id, u.short_name, r.status, s.section_key, s.sketch from report_section_sketch s
              join report r on r.id = s.report_id
              join unit u on u.id = r.unit_id
             where (u.parent_id = :countyId or u.id = :countyId) and r.report_year = :year and u.id <> :unitId
             order by u.id""", nativeQuery = true)
    List<Object[]> peerSketches(Long countyId, int year, Long unitId);
}
