package cn.nianbao.app.ui.reports;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.Labels;
import cn.nianbao.domain.report.ReportYear;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.app.ui.ReportLinks;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** 本单位报告: every report the user may see, newest year first; a clerk creates next year's draft here. */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("本单位报告 · 年报通")
@PermitAll
public class ReportsView extends VerticalLayout {

    private final ReportDrafting drafting;

    private final ReportReading reading;
    private final Actor actor;
    private final Clock clock;
    private final Grid<ReportSummary> grid = new Grid<>();

    public ReportsView(ReportDrafting drafting, ReportReading reading, UnitService units, Clock clock, CurrentActor current) {
        this.clock = clock;
        this.drafting = drafting;
        this.reading = reading;
        this.actor = current.require();
        setSizeFull();
        add(new H2(getTranslation("reports.title")));
        HorizontalLayout actions = new HorizontalLayout();
        for (Long unitId : actor.unitsWith(Role.CLERK)) {
            units.findById(unitId).ifPresent(unit -> {
                int year = nextYear(unit.code());
                Button create = new Button(unit.shortName() + "：" + getTranslation("reports.new", String.valueOf(year)), e -> create(unit.code(), year));
                create.setId("new-report-" + unit.code());
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(create);
            });
        }
        add(actions);
        grid.setId("reports");
        grid.addColumn(ReportSummary::unitName).setHeader(getTranslation("reports.unit")).setFlexGrow(3);
        grid.addColumn(ReportSummary::year).setHeader(getTranslation("reports.year"));
        grid.addColumn(r -> Labels.format(r.formatId())).setHeader(getTranslation("reports.format"));
        grid.addColumn(r -> Labels.status(r.status())).setHeader(getTranslation("reports.status"));
        grid.addColumn(r -> Dates.time(r.updatedAt())).setHeader(getTranslation("reports.updated"));
        grid.addComponentColumn(r -> new Button(getTranslation("reports.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportLinks.of(actor, r)))));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportLinks.of(actor, e.getItem()))));
        grid.setEmptyStateText(getTranslation("reports.empty"));
        add(grid);
        refresh();
    }

    /** The year after the unit's newest report, or last year when it has none (reports are written for the past year). */
    private int nextYear(String unitCode) {
        List<ReportSummary> own = reading.list(actor, null, unitCode, null, 0, 1);
        int fallback = ReportYear.current(clock);
        return own.isEmpty() ? fallback : own.get(0).year() + 1;
    }

    private void create(String unitCode, int year) {
        try {
            ReportView created = drafting.createDraft(actor, unitCode, year);
            Notices.ok(getTranslation("reports.created", String.valueOf(year), Labels.format(created.summary().formatId())));
            getUI().ifPresent(ui -> ui.navigate("reports/" + created.id() + "/edit"));
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }

    private void refresh() {
        grid.setItems(reading.list(actor, null, null, null, 0, ReportReading.MAX_PAGE));
    }
}
