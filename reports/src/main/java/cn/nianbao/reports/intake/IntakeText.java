package cn.nianbao.reports.intake;

import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.i18n.Messages;

/** The words of the intake bundle, in the reader's language. */
final class IntakeText {

    private static final Messages TEXT = Messages.of("intake");

    private IntakeText() {
    }

    static String get(String key, Object... args) {
        return TEXT.get(key, args);
    }

    /** Why a written value does not go into the cell: not a number, or not a number of the cell's kind. */
    static String refusal(CellDef cell, String written) {
        return get("cell.refused", written.strip(), get("type." + cell.type().name()));
    }

    /** The official labels of a cell, row and column (the table is named by where it was read). */
    static String labels(CellDef cell) {
        return get("labels", cell.rowLabel(), cell.columnLabel());
    }
}
