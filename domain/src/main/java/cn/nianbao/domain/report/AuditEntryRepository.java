package cn.nianbao.domain.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByReportIdOrderByIdAsc(Long reportId);

    List<AuditEntry> findByReportIdAndSubmissionNoOrderByIdAsc(Long reportId, int submissionNo);

    @org.springframework.data.jpa.repository.Query(
            "select e.reportId, count(e) from AuditEntry e where e.action = 'RETURN' and e.reportId in :ids group by e.reportId")
    List<Object[]> countReturns(java.util.Collection<Long> ids);
}
