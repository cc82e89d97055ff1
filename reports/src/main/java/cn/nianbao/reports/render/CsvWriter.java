package cn.nianbao.reports.render;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;

/**
 * Open data: one CSV row per cell (unit, year, format, section, table, row, column, value), UTF-8 with a
 * byte-order mark so spreadsheet programs read the Chinese labels right.
 */
@Component
public class CsvWriter {

    static final String HEADER = "unit_code,unit_name,year,format,section,table,row_key,row_label,column_key,column_label,value";

    private final ReportFormats formats;

    public CsvWriter(ReportFormats formats) {
        this.formats = formats;
    }

    public byte[] write(List<ReportContent> reports) {
        StringBuilder b = new StringBuilder();
        header(b);
        reports.forEach(r -> rows(r, b));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The byte-order mark and the header line. */
    public void header(StringBuilder b) {
        b.append("\uFEFF").append(HEADER).append("\r\n");
    }

    /** One line per cell of the report's format. */
    public void rows(ReportContent r, StringBuilder b) {
        ReportFormat f = formats.get(r.formatId());
        for (CellDef c : f.cells().values()) {
            BigDecimal v = r.cell(c.key());
            b.append(field(r.unit().code())).append(',').append(field(r.unit().name())).append(',')
                    .append(r.year()).append(',').append(f.id()).append(',').append(c.section()).append(',')
                    .append(field(c.table() == null ? "" : c.table())).append(',')
                    .append(field(c.row())).append(',').append(field(c.rowLabel())).append(',')
                    .append(field(c.column())).append(',').append(field(c.columnLabel())).append(',')
                    .append(v == null ? "" : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString()).append("\r\n");
        }
    }

    /**
     * A text field, safe to open in a spreadsheet: text that begins with =, +, -, @, a tab or a carriage return
     * would be run as a formula (CSV injection), so it gets a leading single quote as OWASP recommends, and any
     * field with a separator, quote, line break or that quote is enclosed in double quotes. The numbers of the
     * value column are written by the caller and stay numbers.
     */
    static String field(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";
}
