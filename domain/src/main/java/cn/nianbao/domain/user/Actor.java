package cn.nianbao.domain.user;

import cn.nianbao.domain.audit.AuditReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person on whose behalf a service acts, with every role they hold ({@code grants}) and the leaders'
 * roles they hold today on someone's behalf ({@code acting}, 代理签发). An acting leader has the leader's role in
 * that unit for every check ({@link #has}); {@link #actingFor} tells a decision made on behalf of the leader.
 */
public record Actor(String username, String displayName, List<Grant> grants, List<Acting> acting) implements AuditReader {

    public Actor {
        grants = List.copyOf(grants);
        acting = List.copyOf(acting);
    }

    public Actor(String username, String displayName, List<Grant> grants) {
        this(username, displayName, grants, List.of());
    }

    /** The same person acting, from today, for these leaders. */
    public Actor actingAs(List<Acting> periods) {
        return new Actor(username, displayName, grants, periods);
    }

    public boolean has(Role role, Long unitId) {
        return grants.stream().anyMatch(g -> g.role() == role && unitId != null && unitId.equals(g.unitId()))
                || role == Role.LEADER && unitId != null && acting.stream().anyMatch(a -> unitId.equals(a.unitId()));
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role) || role == Role.LEADER && !acting.isEmpty();
    }

    /** Holds the role in the unit in their own right, not on someone's behalf. */
    public boolean holds(Role role, Long unitId) {
        return grants.stream().anyMatch(g -> g.role() == role && unitId != null && unitId.equals(g.unitId()));
    }

    /** The leader this person acts for in the unit, when they sign off there on someone's behalf rather than as its leader. */
    public Optional<Acting> actingFor(Long unitId) {
        if (holds(Role.LEADER, unitId)) {
            return Optional.empty();
        }
        return acting.stream().filter(a -> a.unitId().equals(unitId)).findFirst();
    }

    /** Every role held today: their own, and the leaders' roles held on someone's behalf. */
    public List<Grant> effectiveGrants() {
        List<Grant> out = new ArrayList<>(grants);
        acting.forEach(a -> out.add(new Grant(Role.LEADER, a.unitId(), a.unitCode())));
        return out;
    }

    /**
     * The system administrator (units, users, roles). Kept under its old name for the callers written when
     * there was a single ADMIN role; new code says {@link #has(Role)} with the role it means.
     */
    public boolean isAdmin() {
        return has(Role.SYSTEM_ADMIN);
    }

    /** Any role inside the unit itself (clerk, reviewer, leader). */
    public boolean belongsTo(Long unitId) {
        return grants.stream().anyMatch(g -> unitId != null && unitId.equals(g.unitId()) && g.role() != Role.COUNTY_OFFICE);
    }

    public List<Long> unitsWith(Role role) {
        return grants.stream().filter(g -> g.role() == role && g.unitId() != null).map(Grant::unitId).toList();
    }

    @Override
    public boolean mayReadAudit() {
        return has(Role.AUDIT_ADMIN);
    }
}
