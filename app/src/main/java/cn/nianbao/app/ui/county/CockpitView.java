package cn.nianbao.app.ui.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.Counties;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/** The county office's overview of its units for one year. */
@Route(value = "county", layout = MainLayout.class)
@PageTitle("县级工作台 · 年报通")
@RolesAllowed({"COUNTY_OFFICE", "ADMIN"})
public class CockpitView extends VerticalLayout {

    /** One unit's line: its report (if any), the deadline and how often it was returned. */
    public record UnitLine(UnitView unit, ReportSummary report, LocalDate due, long returns, boolean overdue) {
    }

    private final ReportReading reading;
    private final UnitService units;
    private final DeadlineService deadlines;
    private final Actor actor;
    private final Grid<UnitLine> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final Select<UnitView> county = new Select<>();

    public CockpitView(ReportReading reading, UnitService units, DeadlineService deadlines,
                       CurrentActor current) {
        this.reading = reading;
        this.units = units;
        this.deadlines = deadlines;
        this.actor = current.require();
        add(new H2(getTranslation("county.title")));
        List<UnitView> counties = Counties.of(actor, units);
        county.setItems(counties);
        county.setItemLabelGenerator(UnitView::name);
        county.setLabel(getTranslation("county.unit"));
        counties.stream().findFirst().ifPresent(county::setValue);
        year.setId("cockpit-year");
        year.setLabel(getTranslation("common.year"));
        year.setItems(CountyYears.all());
        year.setValue(CountyYears.current());
        status.setId("cockpit-status");
        status.setLabel(getTranslation("county.filterStatus"));
        List<String> statuses = new ArrayList<>();
        statuses.add("NONE");
        for (ReportStatus s : ReportStatus.values()) {
            statuses.add(s.name());
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> s.equals("NONE") ? getTranslation("county.noReport") : getTranslation("status." + s));
        status.setClearButtonVisible(true);
        Button totals = new Button(getTranslation("county.totals"), e -> getUI().ifPresent(ui -> ui.navigate(TotalsView.class)));
        HorizontalLayout filters = new HorizontalLayout(county, year, status, totals);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters);
        grid.setId("cockpit");
        grid.addColumn(l -> l.unit().name()).setHeader(getTranslation("county.unit")).setFlexGrow(3);
        grid.addColumn(l -> l.report() == null ? getTranslation("county.noReport") : getTranslation("status." + l.report().status().name()))
                .setHeader(getTranslation("county.status"));
        grid.addColumn(l -> l.due().toString()).setHeader(getTranslation("county.due"));
        grid.addColumn(l -> l.overdue() ? getTranslation("county.overdue") : "").setHeader(getTranslation("county.overdue"));
        grid.addColumn(UnitLine::returns).setHeader(getTranslation("county.returns"));
        grid.addComponentColumn(l -> {
            Button open = new Button(getTranslation("common.open"), e -> getUI().ifPresent(ui -> ui.navigate("reports/" + l.report().id())));
            open.setEnabled(l.report() != null);
            return open;
        });
        add(grid);
        county.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** The lines shown (for tests). */
    public List<UnitLine> lines() {
        return grid.getGenericDataView().getItems().toList();
    }

    private void refresh() {
        if (county.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        UnitView c = county.getValue();
        int y = year.getValue();
        List<ReportSummary> found = reading.list(actor, y, null, null, 0, ReportReading.MAX_PAGE);
        Map<Long, Long> returns = reading.returnCounts(actor, found);
        LocalDate due = deadlines.deadline(c.id(), y);
        List<UnitLine> lines = new ArrayList<>();
        for (UnitView u : units.children(c.id())) {
            ReportSummary r = found.stream().filter(s -> s.unitId().equals(u.id())).findFirst().orElse(null);
            UnitLine line = new UnitLine(u, r, due, r == null ? 0 : returns.getOrDefault(r.id(), 0L),
                    deadlines.isOverdue(due, r != null && r.status() == ReportStatus.PUBLISHED));
            String wanted = status.getValue();
            if (wanted == null || (r == null ? "NONE".equals(wanted) : r.status().name().equals(wanted))) {
                lines.add(line);
            }
        }
        grid.setItems(lines);
    }
}
