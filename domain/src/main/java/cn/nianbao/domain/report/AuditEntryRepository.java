package cn.nianbao.domain.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByReportIdOrderByIdAsc(Long reportId);

    List<AuditEntry> findByReportIdAndSubmissionNoOrderByIdAsc(Long reportId, int submissionNo);
}
