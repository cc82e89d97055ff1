package cn.nianbao.app.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;
import cn.nianbao.reports.render.Html;

/**
 * An official table (from the one layout the PDF and the portal use) as a real HTML table in the editor, with a
 * native input in each number cell.
 * <p>
 * The table is HTML within the editor's form (EditorForm, EditorForms: written once per format and language, without
 * figures) and is not held on the server as elements or as a component: a table of the 2021 format has some 200
 * number cells and 400 header and label cells, and an element (or a text field with its tooltip and listener) for
 * each of them cost about 3 KB of heap per cell and per open editor. What the server keeps is the report's content
 * (the view's working copy); a {@code change} listener reads which cell changed and what was typed, and the view
 * sends the cells' values and marks in one call per answer (the first one: every figure).
 * <p>
 * The table's two buttons (「空白单元格填 0」, 「粘贴表格」) travel with it as HTML too: as server-side buttons in a
 * layout, the six tables' twelve buttons held about 30 KB per open editor. The listeners for the cells and the
 * buttons are not the table's but the editor's, one {@code change} and one {@code click} listener for all its
 * tables and its toolbar (ReportEditorView), as each listener with its event data costs about 1.5 KB per session.
 */
final class OfficialTable {

    /** The cell's accessible name, its hint and whether it is computed; each only travels with the HTML. */
    record NumberCell(String label, String hint, boolean computed, boolean decimal) {
    }

    /** The longest number a cell holds, written with separators: -1,000,000,000,000.0000 */
    static final int CELL_MAX_CHARS = 30;
    /** Only the number cells' changes come to the server (not a computed one's, nor any other input's). */
    static final String CHANGE_FILTER = "event.target.classList.contains('cell') && !event.target.readOnly";

    /** The texts of the table's buttons. */
    record Buttons(String fillLabel, String pasteLabel) {
    }

    private OfficialTable() {
    }

    /** Appends the table with its two buttons above it (a block of its own, as the theme lays it out). */
    static void append(StringBuilder html, Grid grid, Buttons buttons, Function<GridCell, NumberCell> numberCell) {
        String key = grid.key().replace('.', '-');
        html.append("<div class=\"table-block\"><div class=\"fill-zero-bar\">");
        button(html, fillId(grid.key()), buttons.fillLabel());
        button(html, pasteId(grid.key()), buttons.pasteLabel());
        html.append("</div><div class=\"table-wrap\"><table class=\"official-table\" id=\"table-").append(key).append("\"><thead>");
        grid.head().forEach(row -> row(html, row, numberCell, -1));
        html.append("</thead><tbody>");
        int labelColumns = grid.body().stream().mapToInt(r -> r.stream()
                .filter(c -> c.kind() == GridCell.Kind.ROW_HEADER).mapToInt(GridCell::colspan).sum()).max().orElse(0);
        grid.body().forEach(row -> row(html, row, numberCell, labelColumns));
        html.append("</tbody></table></div></div>");
    }

    /** The id of the table's 「空白单元格填 0」 button. */
    static String fillId(String gridKey) {
        return "fill-zero-" + gridKey.replace('.', '-');
    }

    /** The id of the table's 「粘贴表格」 button. */
    static String pasteId(String gridKey) {
        return "paste-" + gridKey.replace('.', '-');
    }

    private static void button(StringBuilder html, String id, String label) {
        html.append("<vaadin-button id=\"").append(id).append("\" theme=\"small contrast\">").append(Html.escape(label))
                .append("</vaadin-button>");
    }

    /**
     * One row. The row labels stay in view while the numbers scroll sideways (CSS position: sticky). Labels of
     * nested groups stand side by side, so each is held at its own offset: a label column is --label-w wide, and
     * a label of level n sits n columns from the left ({@code labelColumns} &lt; 0: a head row, nothing frozen).
     */
    private static void row(StringBuilder html, List<GridCell> cells, Function<GridCell, NumberCell> numberCell, int labelColumns) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).kind() == GridCell.Kind.ROW_HEADER) {
                headers.add(i);
            }
        }
        int dataLevel = headers.isEmpty() || labelColumns < 0 ? 0
                : labelColumns - cells.get(headers.get(headers.size() - 1)).colspan();
        html.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            String tag = c.header() ? "th" : "td";
            html.append('<').append(tag);
            if (c.colspan() > 1) {
                html.append(" colspan=\"").append(c.colspan()).append('"');
            }
            if (c.rowspan() > 1) {
                html.append(" rowspan=\"").append(c.rowspan()).append('"');
            }
            switch (c.kind()) {
                case COLUMN_HEADER -> html.append(" scope=\"").append(c.colspan() > 1 ? "colgroup" : "col").append('"');
                case ROW_HEADER -> html.append(" scope=\"").append(c.rowspan() > 1 ? "rowgroup" : "row").append('"');
                case CORNER -> html.append(" class=\"corner\"");
                case NUMBER -> html.append(" class=\"num\"");
            }
            int h = headers.indexOf(i);
            if (h >= 0 && labelColumns >= 0) {
                int level = h == headers.size() - 1 ? dataLevel : dataLevel - (headers.size() - 1) + h;
                html.append(" class=\"frozen\" style=\"left: calc(").append(Math.max(level, 0)).append(" * var(--label-w))\"");
            }
            html.append('>');
            if (c.kind() == GridCell.Kind.NUMBER) {
                NumberCell n = numberCell.apply(c);
                html.append("<input class=\"cell").append(n.decimal() ? " decimal" : "").append(n.computed() ? " computed\" readonly" : "\"")
                        .append(" id=\"").append(Html.escape(c.cellKey())).append("\" maxlength=\"").append(CELL_MAX_CHARS)
                        .append("\" inputmode=\"decimal\"")
                        .append(" aria-label=\"").append(Html.escape(n.label())).append("\" title=\"").append(Html.escape(n.hint()))
                        .append("\" data-hint=\"").append(Html.escape(n.hint())).append("\" value=\"")
                        .append(Html.escape(c.text())).append("\">");
            } else {
                html.append(Html.escape(c.text()));
            }
            html.append("</").append(tag).append('>');
        }
        html.append("</tr>");
    }
}
