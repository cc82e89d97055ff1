package cn.nianbao.domain.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

    Optional<Report> findByUnitIdAndYear(Long unitId, int year);

    boolean existsByUnitIdAndYear(Long unitId, int year);

    @Query("""
            select r from Report r where exists (select 1 from Publication p where p.reportId = r.id)
              and (:year is null or r.year = :year)
              and (:unitCode is null or r.unit.code = :unitCode)
              and (:nameLike is null or r.unit.name like :nameLike)
            order by r.year desc, r.unit.code""")
    List<Report> published(Integer year, String unitCode, String nameLike, Pageable page);

    /**
     * The sum of every cell over the current published version of each of a county's reports of a year: one
     * GROUP BY, whatever the number of units. Blank cells have no row and so count as 0.
     */
    @Query(value = """
            select c.cell_key, sum(c.cell_value), count(*) from publication_cell c
              join report_publication p on p.id = c.publication_id
              join report r on r.id = p.report_id
              join unit u on u.id = r.unit_id
             where u.parent_id = :countyId and r.report_year = :year and r.format_id = :formatId
               and p.id = (select max(p2.id) from report_publication p2 where p2.report_id = r.id)
             group by c.cell_key""", nativeQuery = true)
    List<Object[]> sumPublishedCells(Long countyId, int year, String formatId);

    @Query(value = """
            select u.code, c.cell_value from publication_cell c
              join report_publication p on p.id = c.publication_id
              join report r on r.id = p.report_id
              join unit u on u.id = r.unit_id
             where u.parent_id = :countyId and r.report_year = :year and c.cell_key = :cellKey
               and p.id = (select max(p2.id) from report_publication p2 where p2.report_id = r.id)
             order by u.code""", nativeQuery = true)
    List<Object[]> publishedCellByUnit(Long countyId, int year, String cellKey);

    @Query(value = """
            select count(*) from report r join unit u on u.id = r.unit_id
             where u.parent_id = :countyId and r.report_year = :year
               and exists (select 1 from report_publication p where p.report_id = r.id)""", nativeQuery = true)
    long countPublished(Long countyId, int year);
}
