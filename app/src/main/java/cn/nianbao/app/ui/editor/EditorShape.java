package cn.nianbao.app.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.nianbao.domain.content.ComputedTotals;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.reports.render.Grid;
import cn.nianbao.reports.render.GridCell;
import cn.nianbao.reports.render.LaidOutReport;
import cn.nianbao.reports.render.ReportSection;

/**
 * What every editor of a format has in common: the number cells on the page in reading order, those of each
 * table, and the computed totals. The official layout places the cells by the format alone (the content only gives
 * their values), so this is held once for the application instead of in each open editor, where the sets and
 * lists of some 600 keys cost about 40 KB per session. The format's cells in its order, and each one's place
 * there ({@code slots}), are what an editor's copy of the report is laid out by (EditorCopy).
 */
record EditorShape(ReportFormat format, Set<String> cells, Map<String, List<String>> tables, Set<String> computed,
                   Map<String, Integer> slots, String[] keys) {

    private static final Map<String, EditorShape> SHAPES = new ConcurrentHashMap<>();

    /** The shape of the format, from a report laid out in it; a format loaded again (another instance) is taken anew. */
    static EditorShape of(ReportFormat format, LaidOutReport laid) {
        EditorShape known = SHAPES.get(format.id());
        if (known != null && known.format == format) {
            return known;
        }
        EditorShape shape = build(format, laid);
        SHAPES.put(format.id(), shape);
        return shape;
    }

    private static EditorShape build(ReportFormat format, LaidOutReport laid) {
        Set<String> cells = new LinkedHashSet<>();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (ReportSection section : laid.sections()) {
            for (Grid g : section.tables()) {
                List<String> keys = new ArrayList<>();
                for (List<List<GridCell>> rows : List.of(g.head(), g.body())) {
                    for (List<GridCell> row : rows) {
                        for (GridCell c : row) {
                            if (c.kind() == GridCell.Kind.NUMBER) {
                                String key = format.cell(c.cellKey()).map(CellDef::key).orElseThrow();
                                keys.add(key);
                                cells.add(key);
                            }
                        }
                    }
                }
                tables.put(g.key(), List.copyOf(keys));
            }
        }
        // every cell of the format has a place in an editor's copy (EditorCopy), in the format's order
        String[] keys = format.cells().keySet().toArray(String[]::new);
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            slots.put(keys[i], i);
        }
        return new EditorShape(format, Collections.unmodifiableSet(cells), Map.copyOf(tables),
                Set.copyOf(ComputedTotals.keys(format)), Collections.unmodifiableMap(slots), keys);
    }

    /** The number cells of the table, in reading order. */
    List<String> table(String gridKey) {
        return tables.getOrDefault(gridKey, List.of());
    }
}
