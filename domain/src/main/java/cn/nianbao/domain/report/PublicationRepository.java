package cn.nianbao.domain.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findByReportIdOrderByIdDesc(Long reportId);

    Optional<Publication> findFirstByReportIdOrderByIdDesc(Long reportId);

    /**
     * The id and time of the current published version of a unit's year (the first row; newest first): the
     * portal's revalidation, one small query that reads no content.
     */
    @Query("""
            select new cn.nianbao.domain.report.PublicationStamp(p.id, p.publishedAt)
              from Publication p, Report r
             where r.id = p.reportId and r.unit.code = :unitCode and r.year = :year
             order by p.id desc""")
    List<PublicationStamp> stamps(String unitCode, int year, Limit limit);

    /**
     * Where a report stands in the order of first publication among the reports of an area's year (1 for the
     * first published): a correction keeps the number, and a later report never changes an earlier one's.
     */
    @Query(value = """
            select count(*) from report r
              join unit u on u.id = r.unit_id
             where u.path like :areaPath || '%' and r.report_year = :year
               and exists (select 1 from report_publication p where p.report_id = r.id
                             and p.id <= (select min(p2.id) from report_publication p2 where p2.report_id = :reportId))""",
            nativeQuery = true)
    long publicationSequence(Long reportId, String areaPath, int year);

    /** The current published version's JSON of every report of a year, by unit code: one query, read as a stream. */
    @Query(value = """
            select p.content_json from report_publication p
              join report r on r.id = p.report_id
              join unit u on u.id = r.unit_id
             where r.report_year = :year
               and p.id = (select max(p2.id) from report_publication p2 where p2.report_id = r.id)
             order by u.code""", nativeQuery = true)
    @QueryHints(@QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, value = "50"))
    Stream<String> currentJsonOfYear(int year);
}
