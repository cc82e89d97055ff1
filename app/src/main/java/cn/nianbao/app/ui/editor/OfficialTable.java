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

    OfficialTable(Grid grid, Function<GridCell, Component> numberCell) {
        addClassName("table-wrap");
        Element table = new Element("table");
        table.getClassList().add("official-table");
        table.setAttribute("id", "table-" + grid.key().replace('.', '-'));
        Element head = new Element("thead");
        grid.head().forEach(row -> head.appendChild(row(row, numberCell)));
        Element body = new Element("tbody");
        grid.body().forEach(row -> body.appendChild(row(row, numberCell)));
        table.appendChild(head, body);
        getElement().appendChild(table);
    }

    private static Element row(List<GridCell> cells, Function<GridCell, Component> numberCell) {
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
            } else {
                cell.setText(c.text());
            }
            tr.appendChild(cell);
        }
        return tr;
    }
}
