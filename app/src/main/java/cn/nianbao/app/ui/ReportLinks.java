package cn.nianbao.app.ui;

import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** Where a click on a report leads: the editor for its clerk while it can be edited, the report page otherwise. */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static String of(Actor actor, ReportSummary r) {
        return of(actor, r.id(), r.unitId(), r.status());
    }

    public static String of(Actor actor, Long id, Long unitId, ReportStatus status) {
        return actor.has(Role.CLERK, unitId) && status.editable() ? "reports/" + id + "/edit" : "reports/" + id;
    }
}
