package cn.nianbao.app.ui;

import java.util.List;
import java.util.Optional;

import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** The counties a user works for: an administrator's are all county nodes of the tree, a county office's its own. */
public final class Counties {

    private Counties() {
    }

    public static List<UnitView> of(Actor actor, UnitService units) {
        return actor.isAdmin() ? units.counties()
                : actor.unitsWith(Role.COUNTY_OFFICE).stream().map(units::findById).flatMap(Optional::stream).toList();
    }
}
