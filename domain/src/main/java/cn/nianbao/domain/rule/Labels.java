package cn.nianbao.domain.rule;

import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ColumnDef;

/** How messages name a place in the report: section heading, then table, row and column in the official labels. */
final class Labels {

    private Labels() {
    }

    static String cell(RuleInput in, CellDef cell) {
        StringBuilder b = new StringBuilder(in.heading(cell.section())).append("：");
        if (cell.tableLabel() != null) {
            b.append(cell.tableLabel()).append(" ");
        }
        return b.append("「").append(cell.rowLabel()).append("」行「").append(cell.columnLabel()).append("」").toString();
    }

    static String s3Column(ColumnDef column) {
        return column.label() + "列";
    }
}
