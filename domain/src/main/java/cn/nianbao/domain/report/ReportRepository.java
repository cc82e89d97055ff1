package cn.nianbao.domain.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByUnitIdAndYear(Long unitId, int year);

    boolean existsByUnitIdAndYear(Long unitId, int year);

    /** The reports of the given units, optionally narrowed; the caller passes only units it may see. */
    @Query("""
            select r from Report r where r.unit.id in :unitIds
              and (:year is null or r.year = :year)
              and (:status is null or r.status = :status)
            order by r.year desc, r.unit.code""")
    List<Report> search(Collection<Long> unitIds, Integer year, ReportStatus status, Pageable page);

    @Query("""
            select r from Report r where exists (select 1 from Publication p where p.reportId = r.id)
              and (:year is null or r.year = :year)
              and (:unitCode is null or r.unit.code = :unitCode)
              and (:nameLike is null or r.unit.name like :nameLike)
            order by r.year desc, r.unit.code""")
    List<Report> published(Integer year, String unitCode, String nameLike, Pageable page);

    /**
     * The sum of every cell over a county's published reports of a year: one GROUP BY, whatever the
     * number of units. Blank cells have no row and so count as 0.
     */
    @Query(value = """
            select c.cell_key, sum(c.cell_value), count(*) from report_cell c
              join report r on r.id = c.report_id
              join unit u on u.id = r.unit_id
             where u.parent_id = :countyId and r.report_year = :year and r.status = 'PUBLISHED'
               and r.format_id = :formatId
             group by c.cell_key""", nativeQuery = true)
    List<Object[]> sumPublishedCells(Long countyId, int year, String formatId);
}
