package cn.nianbao.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The submitter's explanation of one WARNING, keyed {@code <rule>@<at>}, with the finding's fingerprint so that the
 * next submission can tell whether the finding is still the same; {@code carriedFrom} names the submission the
 * explanation was first given in when it was carried over unchanged.
 */
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

    @Column(length = 64)
    private String fingerprint;

    @Column(name = "carried_from")
    private Integer carriedFrom;

    protected WarningExplanation() {
    }

    WarningExplanation(Long reportId, int submissionNo, String findingKey, String body, String fingerprint,
                       Integer carriedFrom) {
        this.reportId = reportId;
        this.submissionNo = submissionNo;
        this.findingKey = findingKey;
        this.body = body;
        this.fingerprint = fingerprint;
        this.carriedFrom = carriedFrom;
    }

    String getFindingKey() {
        return findingKey;
    }

    String getBody() {
        return body;
    }

    String getFingerprint() {
        return fingerprint;
    }

    int getSubmissionNo() {
        return submissionNo;
    }

    /** The submission the text was written for: its own, or the one it was carried over from. */
    int writtenIn() {
        return carriedFrom == null ? submissionNo : carriedFrom;
    }
}
