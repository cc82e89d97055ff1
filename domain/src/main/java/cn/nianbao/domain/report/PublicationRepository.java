package cn.nianbao.domain.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findByReportIdOrderByIdDesc(Long reportId);

    Optional<Publication> findFirstByReportIdOrderByIdDesc(Long reportId);
}
