package cn.nianbao.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of an official table stands on a worksheet, merged cells taken into account the way a
 * spreadsheet places them: a cell starts at the first column its row has not yet given to a cell spanning down from
 * above. The writer places the cells with it and the workbook reader finds them with it, so both always agree.
 */
public final class GridPlacement {

    /** A cell at {@code row} (0 = the table's first header row) and {@code column} (0 = the leftmost). */
    public record Placed(GridCell cell, int row, int column) {
    }

    private GridPlacement() {
    }

    /** Every cell of the table, header rows first, in reading order. */
    public static List<Placed> of(Grid g) {
        List<List<GridCell>> rows = new ArrayList<>(g.head());
        rows.addAll(g.body());
        boolean[][] taken = new boolean[rows.size()][g.columns()];
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (GridCell c : rows.get(r)) {
                while (col < g.columns() && taken[r][col]) {
                    col++;
                }
                out.add(new Placed(c, r, col));
                for (int rr = r; rr < Math.min(rows.size(), r + c.rowspan()); rr++) {
                    for (int cc = col; cc < Math.min(g.columns(), col + c.colspan()); cc++) {
                        taken[rr][cc] = true;
                    }
                }
                col += c.colspan();
            }
        }
        return out;
    }
}
