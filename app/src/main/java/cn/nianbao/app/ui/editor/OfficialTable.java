package cn.nianbao.app.ui.editor;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;

/**
 * An official table (from the one layout the PDF and the portal use) as a real HTML table in the UI, with a
 * component in each number cell: an input in the editor, plain text when read-only.
 */
final class OfficialTable extends Div {

    private final List<String> numberKeys = new java.util.ArrayList<>();

    OfficialTable(Grid grid, Function<GridCell, Component> numberCell) {
        addClassName("table-wrap");
        Element table = new Element("table");
        table.getClassList().add("official-table");
        table.setAttribute("id", "table-" + grid.key().replace('.', '-'));
        Element head = new Element("thead");
        grid.head().forEach(row -> head.appendChild(row(row, numberCell, numberKeys)));
        Element body = new Element("tbody");
        int labelColumns = grid.body().stream().mapToInt(r -> r.stream()
                .filter(c -> c.kind() == GridCell.Kind.ROW_HEADER).mapToInt(GridCell::colspan).sum()).max().orElse(0);
        grid.body().forEach(row -> body.appendChild(freezeLabels(row(row, numberCell, numberKeys), row, labelColumns)));
        table.appendChild(head, body);
        getElement().appendChild(table);
    }

    /**
     * The row labels stay in view while the numbers scroll sideways (CSS position: sticky). Labels of nested
     * groups stand side by side, so each is held at its own offset: a label column is --label-w wide, and a label
     * of level n sits n columns from the left.
     */
    private static Element freezeLabels(Element tr, List<GridCell> cells, int labelColumns) {
        List<Integer> headers = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).kind() == GridCell.Kind.ROW_HEADER) {
                headers.add(i);
            }
        }
        if (headers.isEmpty()) {
            return tr;
        }
        int last = headers.get(headers.size() - 1);
        int dataLevel = labelColumns - cells.get(last).colspan();
        for (int h = 0; h < headers.size(); h++) {
            int level = h == headers.size() - 1 ? dataLevel : dataLevel - (headers.size() - 1) + h;
            Element th = tr.getChild(headers.get(h));
            th.getClassList().add("frozen");
            th.getStyle().set("left", "calc(" + Math.max(level, 0) + " * var(--label-w))");
        }
        return tr;
    }

    /** The keys of the table's number cells, in reading order. */
    List<String> numberKeys() {
        return numberKeys;
    }

    private static Element row(List<GridCell> cells, Function<GridCell, Component> numberCell, List<String> keys) {
        Element tr = new Element("tr");
        for (GridCell c : cells) {
            Element cell = new Element(c.header() ? "th" : "td");
            if (c.colspan() > 1) {
                cell.setAttribute("colspan", String.valueOf(c.colspan()));
            }
            if (c.rowspan() > 1) {
                cell.setAttribute("rowspan", String.valueOf(c.rowspan()));
            }
            switch (c.kind()) {
                case COLUMN_HEADER -> cell.setAttribute("scope", c.colspan() > 1 ? "colgroup" : "col");
                case ROW_HEADER -> cell.setAttribute("scope", c.rowspan() > 1 ? "rowgroup" : "row");
                case CORNER -> cell.getClassList().add("corner");
                case NUMBER -> cell.getClassList().add("num");
            }
            if (c.kind() == GridCell.Kind.NUMBER) {
                cell.appendChild(numberCell.apply(c).getElement());
                keys.add(c.cellKey());
            } else {
                cell.setText(c.text());
            }
            tr.appendChild(cell);
        }
        return tr;
    }
}
