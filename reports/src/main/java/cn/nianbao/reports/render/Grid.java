package cn.nianbao.reports.render;

import java.util.List;

/**
 * An official table: header rows, then body rows; {@code columns} is the width in grid columns.
 * {@code sheetName} names it where each table stands alone (a worksheet).
 */
public record Grid(String key, String sheetName, int columns, List<List<GridCell>> head, List<List<GridCell>> body) {

    public Grid {
        head = head.stream().map(List::copyOf).toList();
        body = body.stream().map(List::copyOf).toList();
    }
}
