package cn.nianbao.domain.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/**
 * Who may see a unit's reports: its own people, the county office above it, and admins. Everyone else
 * is told the report does not exist, so ids cannot be probed.
 */
@Component
class ReportAccess {

    private final UnitService units;

    ReportAccess(UnitService units) {
        this.units = units;
    }

    boolean canSee(Actor actor, Unit unit) {
        if (actor.isAdmin() || actor.belongsTo(unit.getId()) || actor.has(Role.COUNTY_OFFICE, unit.getId())) {
            return true;
        }
        return unit.getParent() != null && actor.has(Role.COUNTY_OFFICE, unit.getParent().getId());
    }

    boolean isCountyOfficeOf(Actor actor, Unit unit) {
        return actor.has(Role.COUNTY_OFFICE, unit.getId())
                || unit.getParent() != null && actor.has(Role.COUNTY_OFFICE, unit.getParent().getId());
    }

    /** Every unit whose reports the actor may list. */
    List<Long> visibleUnitIds(Actor actor) {
        Set<Long> ids = new LinkedHashSet<>();
        if (actor.isAdmin()) {
            return units.allIds();
        }
        actor.grants().forEach(g -> {
            if (g.unitId() == null) {
                return;
            }
            ids.add(g.unitId());
            if (g.role() == Role.COUNTY_OFFICE) {
                units.children(g.unitId()).forEach(u -> ids.add(u.id()));
            }
        });
        return new ArrayList<>(ids);
    }
}
