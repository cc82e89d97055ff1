package cn.nianbao.domain.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarningExplanationRepository extends JpaRepository<WarningExplanation, Long> {

    List<WarningExplanation> findByReportIdAndSubmissionNo(Long reportId, int submissionNo);
}
