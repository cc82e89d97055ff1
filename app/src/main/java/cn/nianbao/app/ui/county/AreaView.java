package cn.nianbao.app.ui.county;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.AreaCockpit;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.reports.aggregate.CountyAggregation;
import cn.nianbao.reports.aggregate.CountyTotals;

/**
 * 辖区工作台: an office's oversight of its area at any level (province, city, county), one level at a time. An area
 * child drills down, a reporting child opens its report; the breadcrumb leads back up to the office's own area and
 * never above it (the domain refuses anything outside the office's area; its reason is shown).
 */
@Route(value = "area", layout = MainLayout.class)
@PageTitle("辖区工作台 · 年报通")
@RolesAllowed({"CITY_OFFICE", "PROVINCE_OFFICE", "COUNTY_OFFICE", "ADMIN"})
public class AreaView extends VerticalLayout implements BeforeEnterObserver {

    /** One step of the breadcrumb: an area the person went down into. */
    public record Crumb(String code, String name) {
    }

    /** One line of the 汇总: a cell's label and its sum over the published reports below the area. */
    public record Sum(String label, BigDecimal value) {
    }

    private final AreaCockpit cockpit;
    private final CountyAggregation aggregation;
    private final Actor actor;
    private final List<Crumb> path = new ArrayList<>();
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final Select<Integer> year = new Select<>();
    private final Grid<AreaCockpit.Row> grid = new Grid<>();
    private final Paragraph pageInfo = new Paragraph();
    private final Paragraph refused = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final VerticalLayout totals = new VerticalLayout();
    private int page;
    private long total;

    public AreaView(AreaCockpit cockpit, CountyAggregation aggregation, UnitService units, CurrentActor current) {
        this.cockpit = cockpit;
        this.aggregation = aggregation;
        this.actor = current.require();
        add(new H2(getTranslation("area.title")));
        officeArea(units).ifPresent(a -> path.add(new Crumb(a.code(), a.name())));
        breadcrumb.setId("area-breadcrumb");
        breadcrumb.setAlignItems(Alignment.BASELINE);
        year.setId("area-year");
        year.setLabel(getTranslation("common.year"));
        year.setItems(CountyYears.all());
        year.setValue(CountyYears.current());
        Button sums = new Button(getTranslation("area.totals"), e -> showTotals());
        sums.setId("area-totals");
        HorizontalLayout filters = new HorizontalLayout(year, sums);
        filters.setAlignItems(Alignment.BASELINE);
        refused.setId("area-refused");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        refused.setVisible(false);
        add(breadcrumb, filters, refused);

        grid.setId("area");
        grid.addComponentColumn(this::nameOf).setHeader(getTranslation("county.unit")).setKey("name").setFlexGrow(3);
        grid.addColumn(r -> r.area() ? "" : statusLabel(r.status())).setHeader(getTranslation("county.status"));
        grid.addColumn(r -> r.area() ? belowText(r.below()) : "").setHeader(getTranslation("area.below")).setFlexGrow(3);
        grid.addColumn(r -> r.deadline() == null ? "" : r.deadline().toString()).setHeader(getTranslation("county.due"));
        grid.addColumn(r -> r.overdue() ? getTranslation("county.overdue") : "").setHeader(getTranslation("county.overdue"));
        grid.addColumn(r -> r.area() ? "" : String.valueOf(r.returns())).setHeader(getTranslation("county.returns"));
        grid.setAllRowsVisible(true);
        previous.setText(getTranslation("area.previous"));
        previous.setId("area-previous");
        previous.addClickListener(e -> turn(page - 1));
        next.setText(getTranslation("area.next"));
        next.setId("area-next");
        next.addClickListener(e -> turn(page + 1));
        pageInfo.setId("area-page");
        HorizontalLayout paging = new HorizontalLayout(previous, pageInfo, next);
        paging.setAlignItems(Alignment.BASELINE);
        totals.setId("area-sums");
        totals.setPadding(false);
        add(grid, paging, totals);
        year.addValueChangeListener(e -> turn(0));
    }

    /** {@code area?code=…} starts in an area below the office's own; anything else is refused by the domain. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        if (!wanted.isEmpty() && !path.isEmpty() && !wanted.get(0).equals(path.get(0).code())) {
            try {
                AreaCockpit.Page p = cockpit.children(actor, wanted.get(0), year.getValue(), 0, null);
                path.add(new Crumb(p.area().code(), p.area().name()));
            } catch (Refusal e) {
                showRefusal(e);
            }
        }
        turn(0);
    }

    /** The rows on the page shown (for tests). */
    public List<AreaCockpit.Row> rows() {
        return grid.getGenericDataView().getItems().toList();
    }

    /** The breadcrumb from the office's area down to the area shown (for tests). */
    public List<Crumb> path() {
        return List.copyOf(path);
    }

    /** The 汇总 shown, empty until asked for (for tests). */
    public List<Sum> sums() {
        return totals.getChildren().filter(Grid.class::isInstance).findFirst()
                .map(g -> ((Grid<?>) g).getGenericDataView().getItems().map(Sum.class::cast).toList()).orElse(List.of());
    }

    /** Goes down into an area child. */
    public void drill(String code, String name) {
        try {
            cockpit.children(actor, code, year.getValue(), 0, null);
        } catch (Refusal e) {
            showRefusal(e);
            return;
        }
        path.add(new Crumb(code, name));
        turn(0);
    }

    /** Goes back up to the breadcrumb's step {@code index} (0: the office's own area). */
    public void up(int index) {
        while (path.size() > index + 1) {
            path.remove(path.size() - 1);
        }
        turn(0);
    }

    private Optional<UnitView> officeArea(UnitService units) {
        for (Role role : List.of(Role.PROVINCE_OFFICE, Role.CITY_OFFICE, Role.COUNTY_OFFICE)) {
            Optional<UnitView> found = actor.unitsWith(role).stream().map(units::findById).flatMap(Optional::stream).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return actor.isAdmin() ? units.roots().stream().findFirst() : Optional.empty();
    }

    private void turn(int wanted) {
        totals.removeAll();
        drawBreadcrumb();
        if (path.isEmpty()) {
            grid.setItems(List.of());
            pageInfo.setText(getTranslation("area.noArea"));
            previous.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        try {
            AreaCockpit.Page p = cockpit.children(actor, current().code(), year.getValue(), Math.max(wanted, 0), null);
            page = p.page();
            total = p.total();
            grid.setItems(p.rows());
            long pages = Math.max(1, (total + p.pageSize() - 1) / p.pageSize());
            pageInfo.setText(getTranslation("area.page", page + 1, pages, total));
            previous.setEnabled(page > 0);
            next.setEnabled((long) (page + 1) * p.pageSize() < total);
        } catch (Refusal e) {
            showRefusal(e);
        }
    }

    private Crumb current() {
        return path.get(path.size() - 1);
    }

    private void drawBreadcrumb() {
        breadcrumb.removeAll();
        for (int i = 0; i < path.size(); i++) {
            int index = i;
            if (i > 0) {
                breadcrumb.add(new Span("›"));
            }
            Button step = new Button(path.get(i).name(), e -> up(index));
            step.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            step.setEnabled(i < path.size() - 1);
            breadcrumb.add(step);
        }
    }

    private Button nameOf(AreaCockpit.Row r) {
        Button b = new Button(r.name());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (r.area()) {
            b.addClickListener(e -> drill(r.code(), r.name()));
        } else if (r.reportId() != null) {
            b.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/" + r.reportId())));
        } else {
            b.setEnabled(false);
        }
        return b;
    }

    private String statusLabel(String status) {
        return AreaCockpit.NO_REPORT.equals(status) ? getTranslation("county.noReport") : getTranslation("status." + status);
    }

    private String belowText(Map<String, Long> below) {
        if (below == null || below.isEmpty()) {
            return getTranslation("area.nothingBelow");
        }
        return below.entrySet().stream().map(e -> statusLabel(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("，"));
    }

    private void showTotals() {
        totals.removeAll();
        if (path.isEmpty()) {
            return;
        }
        try {
            CountyTotals t = aggregation.totals(actor, current().code(), year.getValue());
            totals.add(new H3(getTranslation("totals.title", current().name(), String.valueOf(t.year()))));
            Paragraph count = new Paragraph(getTranslation("totals.published", t.publishedUnits()));
            count.setId("area-sums-count");
            totals.add(count);
            List<Sum> sums = new ArrayList<>();
            for (CellDef c : t.format().cells().values()) {
                sums.add(new Sum(label(t, c), t.cell(c.key())));
            }
            Grid<Sum> sumGrid = new Grid<>();
            sumGrid.setId("area-sums-grid");
            sumGrid.addColumn(Sum::label).setHeader(getTranslation("totals.cell")).setFlexGrow(4);
            sumGrid.addColumn(s -> s.value().stripTrailingZeros().toPlainString()).setHeader(getTranslation("totals.value"));
            sumGrid.setItems(sums);
            sumGrid.setAllRowsVisible(true);
            totals.add(sumGrid);
        } catch (Refusal e) {
            showRefusal(e);
        }
    }

    private static String label(CountyTotals t, CellDef c) {
        String section = t.format().section(c.section()).title();
        return section.substring(0, Math.min(2, section.length()))
                + (c.tableLabel() == null ? "" : c.tableLabel() + " ") + c.rowLabel() + " / " + c.columnLabel();
    }

    private void showRefusal(Refusal e) {
        refused.setText(e.getMessage());
        refused.setVisible(true);
    }
}
