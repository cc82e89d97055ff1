package cn.nianbao.domain.user;

import cn.nianbao.domain.audit.AuditReader;

import java.util.List;

/** The signed-in person on whose behalf a service acts, with every role they hold. */
public record Actor(String username, String displayName, List<Grant> grants) implements AuditReader {

    public Actor {
        grants = List.copyOf(grants);
    }

    public boolean has(Role role, Long unitId) {
        return grants.stream().anyMatch(g -> g.role() == role && unitId != null && unitId.equals(g.unitId()));
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
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
