package cn.nianbao.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "secrecy_clearance")
class SecrecyClearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_key", nullable = false)
    private String findingKey;

    @Column(name = "finding_match")
    private String findingMatch;

    // null for a finding to change: the reviewer need not say why personal information goes
    @Column(length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecrecyChoice choice;

    protected SecrecyClearance() {
    }

    SecrecyClearance(String findingKey, String findingMatch, SecrecyChoice choice, String reason) {
        this.findingKey = findingKey;
        this.findingMatch = findingMatch;
        this.choice = choice;
        this.reason = reason;
    }

    SecrecyRecord.Clearance view() {
        return new SecrecyRecord.Clearance(findingKey, findingMatch, reason, choice);
    }
}
