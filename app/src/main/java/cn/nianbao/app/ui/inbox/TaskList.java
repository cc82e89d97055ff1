package cn.nianbao.app.ui.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;

import cn.nianbao.app.ui.Dates;
import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.workflow.WorkItem;

/**
 * Open tasks with their due dates, overdue ones marked; filterable by step, unit, year and overdue, and sortable
 * by any column (by due date at first: what burns first comes first).
 */
public class TaskList extends VerticalLayout {

    private final Grid<WorkItem> grid = new Grid<>();
    private final Select<WorkStep> step = new Select<>();
    private final ComboBox<String> unit = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Clock clock;

    public TaskList(List<WorkItem> items, Clock clock, String title) {
        this.clock = clock;
        setPadding(false);
        add(new H3(title));
        step.setId("filter-step");
        step.setLabel(getTranslation("inbox.stage"));
        step.setItems(items.stream().map(WorkItem::step).distinct().sorted().toList());
        step.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.all") : getTranslation("stage." + s.name()));
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("inbox.all"));
        unit.setId("filter-unit");
        unit.setLabel(getTranslation("inbox.unit"));
        unit.setItems(items.stream().map(WorkItem::unitName).distinct().sorted().toList());
        unit.setClearButtonVisible(true);
        year.setId("filter-year");
        year.setLabel(getTranslation("inbox.year"));
        year.setItems(items.stream().map(WorkItem::year).distinct().sorted(Comparator.reverseOrder()).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("inbox.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("inbox.all") : String.valueOf(y));
        overdueOnly.setId("filter-overdue");
        overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));
        HorizontalLayout filters = new HorizontalLayout(step, unit, year, overdueOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!items.isEmpty()) {
            add(filters);
        }

        grid.setId("tasks");
        grid.addColumn(WorkItem::unitName).setHeader(getTranslation("inbox.unit")).setFlexGrow(3)
                .setSortable(true).setComparator(WorkItem::unitName);
        grid.addColumn(WorkItem::year).setHeader(getTranslation("inbox.year")).setSortable(true).setComparator(WorkItem::year);
        grid.addColumn(w -> getTranslation("stage." + w.step().name())).setHeader(getTranslation("inbox.stage"))
                .setSortable(true).setComparator(w -> w.step().ordinal());
        var due = grid.addColumn(w -> Dates.time(w.due())).setHeader(getTranslation("inbox.due"))
                .setSortable(true).setComparator(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(w -> overdue(w) ? getTranslation("inbox.overdue") : "").setHeader(getTranslation("inbox.overdue"))
                .setClassNameGenerator(w -> overdue(w) ? "overdue" : null);
        grid.addComponentColumn(w -> new Button(getTranslation("common.open"), e -> open(w)));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(new ListDataProvider<>(items));
        grid.sort(GridSortOrder.asc(due).build());
        grid.setEmptyStateText(getTranslation("inbox.none"));
        grid.setAllRowsVisible(true);
        add(grid);
        step.addValueChangeListener(e -> filter());
        unit.addValueChangeListener(e -> filter());
        year.addValueChangeListener(e -> filter());
        overdueOnly.addValueChangeListener(e -> filter());
    }

    private boolean overdue(WorkItem w) {
        return w.due() != null && w.due().isBefore(Instant.now(clock));
    }

    @SuppressWarnings("unchecked")
    private void filter() {
        ListDataProvider<WorkItem> data = (ListDataProvider<WorkItem>) grid.getDataProvider();
        data.setFilter(w -> (step.getValue() == null || w.step() == step.getValue())
                && (unit.getValue() == null || Objects.equals(unit.getValue(), w.unitName()))
                && (year.getValue() == null || w.year() == year.getValue())
                && (!overdueOnly.getValue() || overdue(w)));
    }

    private void open(WorkItem w) {
        getUI().ifPresent(ui -> ui.navigate(w.step() == WorkStep.REVISE ? "reports/" + w.reportId() + "/edit" : "reports/" + w.reportId()));
    }

    /** The tasks shown after the filters, in the order shown (for tests). */
    public List<WorkItem> shown() {
        return grid.getGenericDataView().getItems().toList();
    }
}
