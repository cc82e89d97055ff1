package cn.nianbao.workflow.notice;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.notification.NotificationService;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/**
 * 催办: the county office reminds a unit that its report is late. Every clerk of the unit gets the note in the
 * inbox (linked to the report when there is one). Only the office of the unit's county may remind it.
 */
@Service
@Transactional
public class UnitReminders {

    private static final Messages TEXT = Messages.of("report");

    private final NotificationService notes;
    private final UserAccountService users;
    private final UnitService units;

    UnitReminders(NotificationService notes, UserAccountService users, UnitService units) {
        this.notes = notes;
        this.users = users;
        this.units = units;
    }

    /** Tells the unit's clerks; returns how many were told. The title and body are in the office's words. */
    public int remind(Actor actor, Long unitId, Long reportId, String title, String body) {
        UnitView unit = units.findById(unitId).orElseThrow(() -> Refusal.notFound(TEXT.get("refuse.unit_missing", unitId)));
        if (!actor.isAdmin() && !actor.has(Role.COUNTY_OFFICE, unit.countyId())) {
            throw Refusal.forbidden(TEXT.get("refuse.not_county_office"));
        }
        List<String> clerks = users.holders(Role.CLERK, unitId).stream().map(UserAccount::username).toList();
        notes.notify(clerks, reportId, title, body);
        return clerks.size();
    }
}
