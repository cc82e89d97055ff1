package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.util.Map;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.CellBounds;
import cn.nianbao.domain.input.TextLimit;

/**
 * A report's content within what is stored exactly: each section's text within its maximum, each cell a number
 * the column holds without rounding. Checked at every door a content comes in through (create, edit, validate),
 * whatever client sent it, so nothing is cut or rounded on the way to the database.
 */
final class ContentBounds {

    private static final Messages TEXT = Messages.of("report");

    private ContentBounds() {
    }

    static void require(ReportFormat format, ReportContent content) {
        for (var section : format.sections()) {
            TextLimit.SECTION_TEXT.require(content.text(section.key()), "sections." + section.key() + ".text",
                    TEXT.get("bounds.section_text", section.title()));
        }
        for (Map.Entry<String, BigDecimal> cell : content.cells().entrySet()) {
            String label = format.cell(cell.getKey()).map(ContentBounds::label).orElse(cell.getKey());
            CellBounds.require(cell.getValue(), label, cell.getKey());
        }
    }

    private static String label(CellDef cell) {
        return (cell.tableLabel() == null ? "" : cell.tableLabel() + " ") + cell.rowLabel() + " / " + cell.columnLabel();
    }
}
