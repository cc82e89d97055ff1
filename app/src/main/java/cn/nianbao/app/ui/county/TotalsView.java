package cn.nianbao.app.ui.county;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import jakarta.annotation.security.RolesAllowed;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Counties;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.reports.aggregate.CountyAggregation;
import cn.nianbao.reports.aggregate.CountyTotals;
import cn.nianbao.reports.render.HtmlWriter;

/** 全县汇总: the county's sums in the official layout, per-unit drill-down, comparison with last year, XLSX. */
@Route(value = "county/totals", layout = MainLayout.class)
@PageTitle("全县汇总 · 年报通")
@RolesAllowed({"COUNTY_OFFICE", "ADMIN"})
public class TotalsView extends VerticalLayout {

    /** One line of the comparison with last year. */
    public record Compared(String label, BigDecimal thisYear, BigDecimal lastYear, BigDecimal change) {
    }

    private final CountyAggregation aggregation;
    private final HtmlWriter html;
    private final Actor actor;
    private final Select<Integer> year = new Select<>();
    private final Select<UnitView> county = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    public TotalsView(CountyAggregation aggregation, HtmlWriter html, UnitService units, CurrentActor current) {
        this.aggregation = aggregation;
        this.html = html;
        this.actor = current.require();
        List<UnitView> counties = Counties.of(actor, units);
        county.setItems(counties);
        county.setItemLabelGenerator(UnitView::name);
        counties.stream().findFirst().ifPresent(county::setValue);
        year.setId("totals-year");
        year.setItems(CountyYears.all());
        year.setValue(CountyYears.current() - 1);
        county.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        content.setPadding(false);
        add(new HorizontalLayout(county, year), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (county.getValue() == null || year.getValue() == null) {
            return;
        }
        CountyTotals t = aggregation.totals(actor, county.getValue().code(), year.getValue());
        content.add(new H2(getTranslation("totals.title", county.getValue().name(), String.valueOf(t.year()))));
        Paragraph count = new Paragraph(getTranslation("totals.published", t.publishedUnits()));
        count.setId("totals-count");
        content.add(count);
        Anchor xlsx = new Anchor(new StreamResource("county-" + t.year() + "-totals.xlsx",
                () -> new ByteArrayInputStream(aggregation.xlsx(t).bytes())), getTranslation("totals.download"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("totals-xlsx");
        content.add(xlsx);
        Div table = new Div(new Html("<div>" + html.fragment(aggregation.layOut(t)) + "</div>"));
        table.setId("totals-table");
        table.setWidthFull();
        content.add(table);

        content.add(new H3(getTranslation("totals.drill")));
        ComboBox<CellDef> cell = new ComboBox<>(getTranslation("totals.cell"));
        cell.setId("drill-cell");
        cell.setWidth("40em");
        cell.setItems(t.format().cells().values());
        cell.setItemLabelGenerator(c -> t.format().section(c.section()).title().substring(0, 2)
                + (c.tableLabel() == null ? "" : c.tableLabel() + " ") + c.rowLabel() + " / " + c.columnLabel());
        Grid<Map.Entry<String, BigDecimal>> byUnit = new Grid<>();
        byUnit.setId("drill");
        byUnit.addColumn(Map.Entry::getKey).setHeader(getTranslation("county.unit"));
        byUnit.addColumn(e -> e.getValue().stripTrailingZeros().toPlainString()).setHeader(getTranslation("totals.value"));
        byUnit.setAllRowsVisible(true);
        cell.addValueChangeListener(e -> byUnit.setItems(e.getValue() == null ? List.of()
                : new ArrayList<>(aggregation.byUnit(actor, county.getValue().code(), t.year(), e.getValue().key()).entrySet())));
        content.add(cell, byUnit);

        content.add(new H3(getTranslation("totals.compare")));
        List<Compared> compared = new ArrayList<>();
        for (CellDef c : t.format().cells().values()) {
            BigDecimal change = t.change(c.key());
            if (change != null && (t.cell(c.key()).signum() != 0 || t.lastYear().get(c.key()).signum() != 0)) {
                compared.add(new Compared(c.rowLabel() + " / " + c.columnLabel(), t.cell(c.key()), t.lastYear().get(c.key()), change));
            }
        }
        Grid<Compared> cmp = new Grid<>();
        cmp.setId("compare");
        cmp.addColumn(Compared::label).setHeader(getTranslation("totals.cell")).setFlexGrow(3);
        cmp.addColumn(c -> c.thisYear().stripTrailingZeros().toPlainString()).setHeader(getTranslation("totals.thisYear"));
        cmp.addColumn(c -> c.lastYear().stripTrailingZeros().toPlainString()).setHeader(getTranslation("totals.lastYear"));
        cmp.addColumn(c -> c.change().stripTrailingZeros().toPlainString()).setHeader(getTranslation("totals.change"));
        cmp.setItems(compared);
        cmp.setAllRowsVisible(true);
        content.add(cmp);
    }
}
