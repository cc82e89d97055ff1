package cn.nianbao.app.ui.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.Labels;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.workflow.notice.UnitReminders;

/**
 * The county office's year at a glance: how many reports stand where, which units are overdue, and 催办 for each
 * of them (every clerk of the unit finds the reminder in the inbox).
 */
final class CountyYearSummary extends Div {

    /** An overdue unit, with its report if it has one. */
    record Overdue(UnitView unit, ReportSummary report) {
    }

    CountyYearSummary(UnitView county, int year, Actor actor, ReportReading reading, UnitService units,
                      DeadlineService deadlines, UnitReminders reminders) {
        setId("home-county");
        addClassName("home-card");
        add(new H3(getTranslation("home.county.title", county.name(), String.valueOf(year))));
        List<ReportSummary> found = reading.list(actor, year, null, null, 0, ReportReading.MAX_PAGE);
        LocalDate due = deadlines.deadline(county.id(), year);
        Map<ReportStatus, Integer> counts = new EnumMap<>(ReportStatus.class);
        int none = 0;
        List<Overdue> overdue = new ArrayList<>();
        for (UnitView u : units.children(county.id())) {
            ReportSummary r = found.stream().filter(s -> s.unitId().equals(u.id())).findFirst().orElse(null);
            if (r == null) {
                none++;
            } else {
                counts.merge(r.status(), 1, Integer::sum);
            }
            if (deadlines.isOverdue(due, r != null && r.status() == ReportStatus.PUBLISHED)) {
                overdue.add(new Overdue(u, r));
            }
        }
        Div tally = new Div();
        tally.setId("county-counts");
        tally.addClassName("status-tally");
        tally.add(count(getTranslation("county.noReport"), none, "count-NONE"));
        for (ReportStatus s : ReportStatus.values()) {
            tally.add(count(Labels.status(s), counts.getOrDefault(s, 0), "count-" + s.name()));
        }
        add(tally, new Span(getTranslation("home.county.deadline", Dates.day(due))));
        add(new H3(getTranslation("home.county.overdue", overdue.size())));
        Grid<Overdue> grid = new Grid<>();
        grid.setId("overdue-units");
        grid.addColumn(o -> o.unit().name()).setHeader(getTranslation("county.unit")).setFlexGrow(3);
        grid.addColumn(o -> o.report() == null ? getTranslation("county.noReport") : Labels.status(o.report().status()))
                .setHeader(getTranslation("county.status"));
        grid.addComponentColumn(o -> {
            Button remind = new Button(getTranslation("home.county.remind"), e -> remind(o, year, due, actor, reminders));
            remind.setId("remind-" + o.unit().code());
            remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return remind;
        }).setKey("remind");
        grid.setItems(overdue);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("home.county.noneOverdue"));
        add(grid);
    }

    private Span count(String label, int n, String id) {
        Span s = new Span(label + " " + n);
        s.setId(id);
        s.getElement().getThemeList().add("badge" + (n == 0 ? " contrast" : ""));
        return s;
    }

    private void remind(Overdue o, int year, LocalDate due, Actor actor, UnitReminders reminders) {
        try {
            String status = o.report() == null ? getTranslation("county.noReport") : Labels.status(o.report().status());
            int told = reminders.remind(actor, o.unit().id(), o.report() == null ? null : o.report().id(),
                    getTranslation("remind.title", o.unit().shortName(), String.valueOf(year)),
                    getTranslation("remind.body", String.valueOf(year), Dates.day(due), status));
            Notices.ok(getTranslation("remind.sent", o.unit().shortName(), told));
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }
}
