package cn.nianbao.domain.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One official format (GOV_2019, GOV_2021): its sections, tables and every cell, in the official order.
 */
public final class ReportFormat {

    private final String id;
    private final String basis;
    private final int fromYear;
    private final Integer toYear;
    private final List<SectionDef> sections;
    private final List<S2Table> s2Tables;
    private final S3Matrix s3;
    private final S4Table s4;
    private final Map<String, CellDef> cells;

    ReportFormat(String id, String basis, int fromYear, Integer toYear, List<SectionDef> sections,
                 List<S2Table> s2Tables, S3Matrix s3, S4Table s4) {
        this.id = id;
        this.basis = basis;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.sections = List.copyOf(sections);
        this.s2Tables = List.copyOf(s2Tables);
        this.s3 = s3;
        this.s4 = s4;
        this.cells = Collections.unmodifiableMap(listCells());
    }

    private Map<String, CellDef> listCells() {
        Map<String, CellDef> out = new LinkedHashMap<>();
        for (S2Table t : s2Tables) {
            for (LabelledKey row : t.rows()) {
                for (ColumnDef col : t.columns()) {
                    String key = "s2." + t.key() + "." + row.key() + "." + col.key();
                    out.put(key, new CellDef(key, "s2", t.key(), row.key(), col.key(), col.type(),
                            t.caption(), row.label(), col.label()));
                }
            }
        }
        for (S3Row.Data row : s3.dataRows()) {
            for (ColumnDef col : s3.columns()) {
                String key = "s3." + row.key() + "." + col.key();
                out.put(key, new CellDef(key, "s3", null, row.key(), col.key(), CellType.INT,
                        null, row.label(), col.label()));
            }
        }
        for (S4Table.Group g : s4.groups()) {
            for (LabelledKey cell : s4.cells()) {
                String key = "s4." + g.key() + "." + cell.key();
                String groupLabel = g.parent() == null ? g.label() : g.parent() + "（" + g.label() + "）";
                out.put(key, new CellDef(key, "s4", null, g.key(), cell.key(), CellType.INT,
                        null, groupLabel, cell.label()));
            }
        }
        return out;
    }

    public String id() {
        return id;
    }

    /** The notice that issued the format, e.g. 国办公开办函〔2021〕30号《…》. */
    public String basis() {
        return basis;
    }

    public boolean appliesTo(int year) {
        return year >= fromYear && (toYear == null || year <= toYear);
    }

    public List<SectionDef> sections() {
        return sections;
    }

    public SectionDef section(String key) {
        for (SectionDef s : sections) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no section " + key);
    }

    public List<S2Table> s2Tables() {
        return s2Tables;
    }

    public Optional<S2Table> s2Table(String key) {
        return s2Tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public S3Matrix s3() {
        return s3;
    }

    public S4Table s4() {
        return s4;
    }

    /** Every cell of the format, in the order of the official layout. */
    public Map<String, CellDef> cells() {
        return cells;
    }

    public Optional<CellDef> cell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    @Override
    public String toString() {
        return id;
    }
}
