package cn.nianbao.domain.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findByReportIdOrderByIdDesc(Long reportId);

    Optional<Publication> findFirstByReportIdOrderByIdDesc(Long reportId);

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
