package cn.nianbao.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(nullable = false, length = 2000)
    private String reason;

    protected SecrecyClearance() {
    }

    SecrecyClearance(String findingKey, String findingMatch, String reason) {
        this.findingKey = findingKey;
        this.findingMatch = findingMatch;
        this.reason = reason;
    }

    SecrecyRecord.Clearance view() {
        return new SecrecyRecord.Clearance(findingKey, findingMatch, reason);
    }
}
