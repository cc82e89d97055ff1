package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.persistence.DatabaseProduct;
import cn.nianbao.domain.unit.Unit;

/**
 * The areas' running sums of the published cells (table {@code published_cell_sum}): each publication adds its
 * cells to every area above its unit and takes the previous published version's cells out again, in the same
 * transaction as the publication. The totals then read one row per cell, whatever the number of reports below.
 * Rows are written in one order (area, then cell key), so two publications in one county wait for each other
 * instead of deadlocking.
 */
@Component
class PublishedCellSums {

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    PublishedCellSums(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** A new published version of the unit's report replaces {@code before} (empty for a first publication). */
    @Transactional(propagation = Propagation.MANDATORY)
    void replace(Unit unit, int year, String formatId, Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Map<String, BigDecimal> delta = new TreeMap<>();
        addTo(delta, after, false);
        addTo(delta, before, true);
        // a cell unchanged by a correction needs no write; a first publication writes every cell, zeros included
        if (!before.isEmpty()) {
            delta.values().removeIf(v -> v.signum() == 0);
        }
        String path = unit.getPath();
        if (delta.isEmpty() || path == null) {
            return;
        }
        write(rowsFor(areasAtOrAbove(parentOf(path)), year, formatId, delta));
    }

    /**
     * First publications gathered over a batch (an import of reports published before Nianbao) and added at the
     * end in one write: the units of a county share their areas, so a hundred reports of one county touch each
     * of its sums once instead of a hundred times.
     */
    Additions additions() {
        return new Additions();
    }

    /** What a batch of first publications adds, per parent path, year and format. */
    final class Additions {

        private final Map<List<Object>, Map<String, BigDecimal>> byArea = new LinkedHashMap<>();

        void add(Unit unit, int year, String formatId, Map<String, BigDecimal> cells) {
            String path = unit.getPath();
            if (path == null) {
                return;
            }
            // units under the same parent have the same areas above them
            addTo(byArea.computeIfAbsent(List.of(parentOf(path), year, formatId), k -> new TreeMap<>()), cells, false);
        }

        /** Writes the batch's sums, in the caller's transaction. */
        void write() {
            List<Object[]> rows = new ArrayList<>();
            byArea.forEach((key, cells) -> rows.addAll(
                    rowsFor(areasAtOrAbove((String) key.get(0)), (Integer) key.get(1), (String) key.get(2), cells)));
            byArea.clear();
            PublishedCellSums.this.write(rows);
        }
    }

    private static void addTo(Map<String, BigDecimal> sums, Map<String, BigDecimal> cells, boolean takeOut) {
        cells.forEach((k, v) -> {
            if (v != null) {
                sums.merge(k, takeOut ? v.negate() : v, BigDecimal::add);
            }
        });
    }

    private static List<Object[]> rowsFor(List<Long> areas, int year, String formatId, Map<String, BigDecimal> delta) {
        List<Object[]> rows = new ArrayList<>();
        for (Long area : areas) {
            delta.forEach((k, v) -> rows.add(new Object[] {area, year, formatId, k, v}));
        }
        return rows;
    }

    private void write(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // one order for every writer (area, year, format, cell key): two publications in one county then wait for
        // each other instead of deadlocking
        rows.sort(WRITE_ORDER);
        jdbc.batchUpdate(database.postgres() ? """
                insert into published_cell_sum (area_id, report_year, format_id, cell_key, total) values (?, ?, ?, ?, ?)
                on conflict (area_id, report_year, format_id, cell_key)
                do update set total = published_cell_sum.total + excluded.total""" : """
                merge into published_cell_sum s
                using (values (cast(? as bigint), cast(? as integer), cast(? as varchar(16)), cast(? as varchar(100)),
                               cast(? as numeric(24, 4)))) d (area_id, report_year, format_id, cell_key, total)
                   on s.area_id = d.area_id and s.report_year = d.report_year and s.format_id = d.format_id
                  and s.cell_key = d.cell_key
                 when matched then update set total = s.total + d.total
                 when not matched then insert (area_id, report_year, format_id, cell_key, total)
                      values (d.area_id, d.report_year, d.format_id, d.cell_key, d.total)""", rows);
    }

    private static final Comparator<Object[]> WRITE_ORDER = Comparator.<Object[], Long>comparing(r -> (Long) r[0])
            .thenComparing(r -> (Integer) r[1]).thenComparing(r -> (String) r[2]).thenComparing(r -> (String) r[3]);

    /**
     * Counts every area's sums anew from the current published versions (what the migration did once): for data
     * written around the domain, such as a bulk load by SQL of reports published elsewhere.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recount() {
        jdbc.update("delete from published_cell_sum");
        jdbc.update("""
                insert into published_cell_sum (area_id, report_year, format_id, cell_key, total)
                select a.id, r.report_year, r.format_id, c.cell_key, sum(c.cell_value)
                  from report r
                  join unit u on u.id = r.unit_id
                  join unit a on u.path like a.path || '%' and a.id <> u.id
                  join (select report_id, max(id) as id from report_publication group by report_id) cur on cur.report_id = r.id
                  join publication_cell c on c.publication_id = cur.id
                 group by a.id, r.report_year, r.format_id, c.cell_key""");
    }

    /** The parent's path of a unit's path: '/p/c/' for '/p/c/t/', '/' for a top unit '/p/'. */
    private static String parentOf(String unitPath) {
        return unitPath.substring(0, unitPath.lastIndexOf('/', unitPath.length() - 2) + 1);
    }

    /** The ids of the area with this path and of the areas above it ('/p/' and '/p/c/' for '/p/c/'). */
    private List<Long> areasAtOrAbove(String areaPath) {
        List<String> prefixes = new ArrayList<>();
        for (int i = areaPath.indexOf('/', 1); i > 0; i = areaPath.indexOf('/', i + 1)) {
            prefixes.add(areaPath.substring(0, i + 1));
        }
        if (prefixes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(prefixes.size(), "?"));
        return jdbc.queryForList("select id from unit where path in (" + marks + ") order by id", Long.class,
                prefixes.toArray());
    }
}
