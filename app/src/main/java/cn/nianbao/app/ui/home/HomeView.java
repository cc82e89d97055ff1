package cn.nianbao.app.ui.home;

import java.time.Clock;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Counties;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.PersonNames;
import cn.nianbao.app.ui.inbox.TaskList;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportYear;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.workflow.ReportApprovalWorkflow;
import cn.nianbao.workflow.notice.UnitReminders;

/**
 * Everyone's first page. A reviewer, a leader and the county office see their tasks first (that is their work);
 * a clerk sees the report of the year being reported; the county office then its cockpit of that year. A leader
 * names who signs off in their place while away (代理签发); whoever does is told so at the top.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("首页 · 年报通")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(ReportDrafting drafting, ReportReading reading, ReportApprovalWorkflow workflow,
                    DeadlineService deadlines, UnitService units, UnitReminders reminders, PersonNames names,
                    ReportFormats formats, ActingLeaders acting, Clock clock, CurrentActor current) {
        Actor actor = current.require();
        int year = ReportYear.current(clock);
        setId("home");
        add(new H2(getTranslation("home.title", String.valueOf(year))));
        boolean reviewer = actor.has(Role.SECRECY_REVIEWER) || actor.has(Role.LEADER) || actor.has(Role.COUNTY_OFFICE);
        // someone signing off on a leader's behalf is told so, and for how long
        actor.acting().forEach(a -> units.findById(a.unitId()).ifPresent(u -> {
            Paragraph note = new Paragraph(getTranslation("acting.youAct", a.leaderName(), u.shortName(), Dates.day(a.endsOn())));
            note.setId("acting-note-" + u.code());
            note.addClassName("return-note");
            add(note);
        }));
        if (reviewer) {
            add(new TaskList(workflow.openTasks(actor), clock, getTranslation("home.tasks")));
        }
        for (Long unitId : actor.unitsWith(Role.LEADER)) {
            units.findById(unitId).ifPresent(unit -> add(new ActingLeaderCard(unit, actor, acting, clock)));
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
