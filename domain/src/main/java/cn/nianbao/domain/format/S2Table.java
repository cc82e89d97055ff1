package cn.nianbao.domain.format;

import java.util.List;

/** One sub-table of section 二, e.g. 第二十条第（一）项. */
public record S2Table(String key, String caption, List<ColumnDef> columns, List<LabelledKey> rows) {
    public S2Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
