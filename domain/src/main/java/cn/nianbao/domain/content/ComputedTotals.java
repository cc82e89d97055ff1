package cn.nianbao.domain.content;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.domain.format.ColumnDef;
import cn.nianbao.domain.format.LabelledKey;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.format.S3Row;
import cn.nianbao.domain.format.S4Table;

/**
 * The totals the editor computes for the clerk: 三's 总计 column and （七）总计 row, and 四's 总计 cells.
 * The validator still checks them like any other cell (an imported report may disagree); this only spares
 * the clerk the adding up.
 */
public final class ComputedTotals {

    private ComputedTotals() {
    }

    /** The keys of the cells that are computed, read-only in the editor. */
    public static Set<String> keys(ReportFormat format) {
        Set<String> out = new LinkedHashSet<>();
        S3Matrix m = format.s3();
        m.dataRows().forEach(r -> out.add("s3." + r.key() + "." + S3Matrix.TOTAL_COLUMN));
        m.columns().forEach(c -> out.add("s3." + S3Matrix.RESULT_TOTAL + "." + c.key()));
        format.s4().groups().forEach(g -> out.add("s4." + g.key() + "." + S4Table.TOTAL));
        return out;
    }

    public static ReportContent fill(ReportFormat format, ReportContent content) {
        ReportContent out = content;
        S3Matrix m = format.s3();
        for (ColumnDef c : m.applicantColumns()) {
            out = out.withCell("s3." + S3Matrix.RESULT_TOTAL + "." + c.key(),
                    sum(out, m.outcomeRows().stream().map(r -> "s3." + r.key() + "." + c.key()).toList()));
        }
        for (S3Row.Data r : m.dataRows()) {
            out = out.withCell("s3." + r.key() + "." + S3Matrix.TOTAL_COLUMN,
                    sum(out, m.applicantColumns().stream().map(c -> "s3." + r.key() + "." + c.key()).toList()));
        }
        for (S4Table.Group g : format.s4().groups()) {
            out = out.withCell("s4." + g.key() + "." + S4Table.TOTAL,
                    sum(out, format.s4().addends().stream().map(LabelledKey::key).map(k -> "s4." + g.key() + "." + k).toList()));
        }
        return out;
    }

    /** The sum of the cells, or blank when every one of them is blank. */
    private static BigDecimal sum(ReportContent content, List<String> keys) {
        BigDecimal total = null;
        for (String k : keys) {
            BigDecimal v = content.cell(k);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }
}
