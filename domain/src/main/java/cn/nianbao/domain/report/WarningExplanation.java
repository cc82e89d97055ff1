package cn.nianbao.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The submitter's explanation of one WARNING, keyed {@code <rule>@<at>}. */
@Entity
@Table(name = "warning_explanation")
class WarningExplanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "submission_no", nullable = false)
    private int submissionNo;

    @Column(name = "finding_key", nullable = false)
    private String findingKey;

    @Column(nullable = false, length = 4000)
    private String body;

    protected WarningExplanation() {
    }

    WarningExplanation(Long reportId, int submissionNo, String findingKey, String body) {
        this.reportId = reportId;
        this.submissionNo = submissionNo;
        this.findingKey = findingKey;
        this.body = body;
    }

    String getFindingKey() {
        return findingKey;
    }

    String getBody() {
        return body;
    }
}
