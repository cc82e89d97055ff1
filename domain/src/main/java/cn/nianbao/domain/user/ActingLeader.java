package cn.nianbao.domain.user;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A leader names someone of the unit to sign off in their place from one day to another (both inclusive, in China).
 * The period ends by itself; ended early, it keeps its row with who ended it and when.
 */
@Entity
@Table(name = "acting_leader")
class ActingLeader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false, length = 64)
    private String leader;

    @Column(nullable = false, updatable = false, length = 64)
    private String acting;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "named_by", nullable = false, updatable = false, length = 64)
    private String namedBy;

    @Column(name = "named_at", nullable = false, updatable = false)
    private Instant namedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ActingLeader() {
    }

    ActingLeader(Long unitId, String leader, String acting, LocalDate startsOn, LocalDate endsOn, String namedBy,
                 Instant namedAt) {
        this.unitId = unitId;
        this.leader = leader;
        this.acting = acting;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.namedBy = namedBy;
        this.namedAt = namedAt;
    }

    /** Ended before its last day: from then on nobody acts under it. */
    void end(String by, Instant at) {
        this.endedBy = by;
        this.endedAt = at;
    }

    boolean ended() {
        return endedAt != null;
    }

    Long getId() {
        return id;
    }

    Long getUnitId() {
        return unitId;
    }

    String getLeader() {
        return leader;
    }

    String getActing() {
        return acting;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }
}
