package cn.nianbao.domain.user;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.unit.AreaLevel;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitKind;

/**
 * Where a role may be held, as the rest of the domain reads the grants. An office (县、市、省政府办公室) acts for
 * the area node it is held at and only if the node is of its level ({@code Offices.isOfficeOf}); held anywhere else
 * it would decide nothing yet read the reports below it. A unit at the top that is no area node stands for a county
 * (as in a deployment of one county). The report roles (起草、保密审查、签发) work on a unit's own report, and the
 * area nodes 省、市、县（区） write none (their 人民政府 and departments do): the cockpit counts no report there.
 * Checked when a person grants a role (the admin API and screen, the people sheet), not for the system's own grants.
 */
public final class RolePlacement {

    private static final Messages TEXT = Messages.of("security");
    private static final Messages UNITS = Messages.of("unit");
    private static final Set<UnitKind> AREAS_WITHOUT_REPORT = EnumSet.of(UnitKind.PROVINCE, UnitKind.CITY, UnitKind.COUNTY);

    private RolePlacement() {
    }

    /** Why the role may not be held in this unit ({@code parentKind} null for a unit at the top), or empty. */
    public static Optional<String> problem(Role role, String unitCode, UnitKind kind, UnitKind parentKind) {
        Optional<AreaLevel> area = Unit.areaLevelOf(kind, parentKind);
        Optional<AreaLevel> office = role.officeLevel();
        if (office.isPresent()) {
            AreaLevel here = area.orElse(parentKind == null ? AreaLevel.COUNTY : null);
            if (here != office.get()) {
                return Optional.of(TEXT.get("role.office-elsewhere", TEXT.get("role." + role.name()),
                        TEXT.get("level." + office.get().name()), unitCode, UNITS.get("kind." + kind.name())));
            }
        } else if (Role.REPORT_ROLES.contains(role) && AREAS_WITHOUT_REPORT.contains(kind)) {
            return Optional.of(TEXT.get("role.report-role-on-area", TEXT.get("role." + role.name()), unitCode,
                    UNITS.get("kind." + kind.name())));
        }
        return Optional.empty();
    }
}
