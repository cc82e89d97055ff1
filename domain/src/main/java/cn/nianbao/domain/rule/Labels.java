package cn.nianbao.domain.rule;

import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ColumnDef;

/** How messages name a place in the report: section heading, then table, row and column in the official labels. */
final class Labels {

    private Labels() {
    }

    static String cell(RuleInput in, CellDef cell) {
        String heading = in.heading(cell.section());
        return cell.tableLabel() == null
                ? RuleMessages.get("label.cell", heading, cell.rowLabel(), cell.columnLabel())
                : RuleMessages.get("label.cell.inTable", heading, cell.tableLabel(), cell.rowLabel(), cell.columnLabel());
    }

    static String s3Column(ColumnDef column) {
        return RuleMessages.get("label.s3Column", column.label());
    }

    /** A table as CELL-BLANK names it: the section heading, and the table's caption when the section has several. */
    static String table(RuleInput in, CellDef cell) {
        String heading = in.heading(cell.section());
        return cell.tableLabel() == null ? heading : RuleMessages.get("label.table", heading, cell.tableLabel());
    }

    static String s4Group(String parent, String label) {
        return parent == null ? label : RuleMessages.get("label.s4Group", parent, label);
    }

    /** The unit kind as the messages name it (乡, 镇, …). */
    static String kind(cn.nianbao.domain.unit.UnitKind kind) {
        return RuleMessages.get("kind." + kind.name());
    }
}
