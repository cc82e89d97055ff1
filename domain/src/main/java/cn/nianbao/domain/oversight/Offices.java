package cn.nianbao.domain.oversight;

import java.util.EnumSet;
import java.util.Set;

import cn.nianbao.domain.unit.AreaLevel;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;

/** Which office stands for which area, and whether a person holds it. */
public final class Offices {

    public static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.COUNTY_OFFICE, Role.CITY_OFFICE, Role.PROVINCE_OFFICE);

    private Offices() {
    }

    public static Role roleOf(AreaLevel level) {
        return switch (level) {
            case COUNTY -> Role.COUNTY_OFFICE;
            case CITY -> Role.CITY_OFFICE;
            case PROVINCE -> Role.PROVINCE_OFFICE;
        };
    }

    /** The role of the office of this area; a unit at the top that is no area node is treated as a county. */
    public static Role roleOf(Unit area) {
        return roleOf(area.areaLevel().orElse(AreaLevel.COUNTY));
    }

    public static boolean isOffice(Grant grant) {
        return grant.unitId() != null && OFFICE_ROLES.contains(grant.role());
    }

    /** The office of this very area (it sets the area's deadline and sensitive words). */
    public static boolean isOfficeOf(Actor actor, Unit area) {
        return actor.has(roleOf(area), area.getId());
    }

    /** The office whose 县级审核 the unit's reports pass, and who publishes and corrects them. */
    public static boolean isReviewingOffice(Actor actor, Unit unit) {
        return isOfficeOf(actor, unit.reviewingArea());
    }

    /** An office of the unit or of any area above it: reads the unit's reports and overview, decides nothing. */
    public static boolean oversees(Actor actor, Unit unit) {
        Set<Long> above = Set.copyOf(unit.selfAndAncestorIds());
        return actor.grants().stream().anyMatch(g -> isOffice(g) && above.contains(g.unitId()));
    }
}
