package cn.nianbao.domain.user;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

/**
 * Units added by a person, with the permission checked here. It lives beside the users because the check needs
 * the actor, and the unit tree must not depend on who is asking (the demo loader and migrations use
 * {@link UnitService#create} directly).
 */
@Service
@Transactional
public class UnitAdministration {

    private static final Messages TEXT = Messages.of("unit");

    private final UnitService units;

    UnitAdministration(UnitService units) {
        this.units = units;
    }

    public UnitView create(Actor actor, String code, String name, String shortName, UnitKind kind, String parentCode) {
        if (!actor.isAdmin()) {
            throw Refusal.forbidden(TEXT.get("refuse.only_admin_adds"));
        }
        if (name == null || name.isBlank() || shortName == null || shortName.isBlank() || kind == null) {
            throw Refusal.invalid("BAD_UNIT", TEXT.get("refuse.incomplete"));
        }
        return units.create(code, name.strip(), shortName.strip(), kind,
                parentCode == null || parentCode.isBlank() ? null : parentCode);
    }
}
