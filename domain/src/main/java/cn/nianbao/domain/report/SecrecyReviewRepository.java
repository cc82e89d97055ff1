package cn.nianbao.domain.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecrecyReviewRepository extends JpaRepository<SecrecyReview, Long> {

    Optional<SecrecyReview> findFirstByReportIdOrderByIdDesc(Long reportId);
}
