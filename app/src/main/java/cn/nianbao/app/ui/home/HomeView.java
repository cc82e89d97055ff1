package cn.nianbao.app.ui.home;

import java.time.Clock;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Counties;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.PersonNames;
import cn.nianbao.app.ui.inbox.TaskList;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportYear;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.workflow.ReportApprovalWorkflow;
import cn.nianbao.workflow.notice.UnitReminders;

/**
 * Everyone's first page. A reviewer, a leader and the county office see their tasks first (that is their work);
 * a clerk sees the report of the year being reported; the county office then its cockpit of that year.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("首页 · 年报通")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(ReportDrafting drafting, ReportReading reading, ReportApprovalWorkflow workflow,
                    DeadlineService deadlines, UnitService units, UnitReminders reminders, PersonNames names,
                    ReportFormats formats, Clock clock, CurrentActor current) {
        Actor actor = current.require();
        int year = ReportYear.current(clock);
        setId("home");
        add(new H2(getTranslation("home.title", String.valueOf(year))));
        boolean reviewer = actor.has(Role.SECRECY_REVIEWER) || actor.has(Role.LEADER) || actor.has(Role.COUNTY_OFFICE);
        if (reviewer) {
            add(new TaskList(workflow.openTasks(actor), clock, getTranslation("home.tasks")));
        }
        for (Long unitId : actor.unitsWith(Role.CLERK)) {
            units.findById(unitId).ifPresent(unit ->
                    add(new ClerkYearCard(unit, year, actor, drafting, reading, deadlines, names, formats, clock)));
        }
        if (actor.has(Role.COUNTY_OFFICE)) {
            Counties.of(actor, units).forEach(county ->
                    add(new CountyYearSummary(county, year, actor, reading, units, deadlines, reminders)));
        }
    }
}
