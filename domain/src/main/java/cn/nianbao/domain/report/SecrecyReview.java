package cn.nianbao.domain.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** The 保密审查 record of one submission. */
@Entity
@Table(name = "secrecy_review")
class SecrecyReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "submission_no", nullable = false)
    private int submissionNo;

    @Column(nullable = false)
    private String reviewer;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(length = 4000)
    private String conclusion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "secrecy_review_id", nullable = false)
    private List<SecrecyClearance> clearances = new ArrayList<>();

    protected SecrecyReview() {
    }

    SecrecyReview(Long reportId, int submissionNo, String reviewer, Instant reviewedAt, Decision decision,
                  String conclusion) {
        this.reportId = reportId;
        this.decision = decision;
        this.submissionNo = submissionNo;
        this.reviewer = reviewer;
        this.reviewedAt = reviewedAt;
        this.conclusion = conclusion;
    }

    void keep(String findingKey, String match, String reason) {
        clearances.add(new SecrecyClearance(findingKey, match, SecrecyChoice.KEEP, reason));
    }

    void change(String findingKey, String maskedMatch) {
        clearances.add(new SecrecyClearance(findingKey, maskedMatch, SecrecyChoice.CHANGE, null));
    }

    SecrecyRecord view() {
        return new SecrecyRecord(submissionNo, reviewer, reviewedAt, conclusion,
                clearances.stream().map(SecrecyClearance::view).toList(), decision);
    }
}
