package cn.nianbao.reports.render;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The official layout as HTML: one fragment for the portal and the print preview, wrapped as a complete
 * XHTML document for the PDF. Tables are semantic (th with scope), text is always escaped.
 */
@Component
public class HtmlWriter {

    /** The report body: title, metadata line, six sections with their tables. */
    public String fragment(LaidOutReport report) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<article class=\"official-report\">\n<h1>").append(Html.escape(report.title())).append("</h1>\n");
        ReportMeta m = report.meta();
        if (m.publishedAt() != null) {
            b.append("<dl class=\"report-meta\"><dt>").append(OfficialText.get("meta.publisher")).append("</dt><dd>")
                    .append(Html.escape(m.publisher()))
                    .append("</dd><dt>").append(OfficialText.get("meta.published")).append("</dt><dd>")
                    .append(OfficialText.date(m.publishedAt()))
                    .append("</dd><dt>").append(OfficialText.get("meta.index_no")).append("</dt><dd>")
                    .append(Html.escape(m.indexNo())).append("</dd></dl>\n");
        }
        for (ReportSection s : report.sections()) {
            b.append("<section id=\"").append(s.key()).append("\">\n<h2>").append(Html.escape(s.title())).append("</h2>\n");
            for (int i = 0; i < s.paragraphs().size(); i++) {
                b.append("<p>");
                paragraph(b, s.paragraphs().get(i), s.marksOf(i));
                b.append("</p>\n");
            }
            for (Grid g : s.tables()) {
                table(b, g);
            }
            b.append("</section>\n");
        }
        return b.append("</article>\n").toString();
    }

    static void table(StringBuilder b, Grid g) {
        b.append("<div class=\"table-wrap\"><table class=\"official-table\" id=\"")
                .append(g.key().replace('.', '-')).append("\">\n<thead>\n");
        for (List<GridCell> row : g.head()) {
            b.append("<tr>");
            row.forEach(c -> cell(b, c, true));
            b.append("</tr>\n");
        }
        b.append("</thead>\n<tbody>\n");
        for (List<GridCell> row : g.body()) {
            b.append("<tr>");
            row.forEach(c -> cell(b, c, false));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    private static void cell(StringBuilder b, GridCell c, boolean inHead) {
        String tag = c.header() ? "th" : "td";
        b.append('<').append(tag);
        switch (c.kind()) {
            case COLUMN_HEADER -> b.append(c.colspan() > 1 ? " scope=\"colgroup\"" : " scope=\"col\"");
            case ROW_HEADER -> b.append(c.rowspan() > 1 ? " scope=\"rowgroup\"" : " scope=\"row\"");
            case CORNER -> b.append(" class=\"corner\"");
            case NUMBER -> b.append(" class=\"num\"");
        }
        if (c.colspan() > 1) {
            b.append(" colspan=\"").append(c.colspan()).append('"');
        }
        if (c.rowspan() > 1) {
            b.append(" rowspan=\"").append(c.rowspan()).append('"');
        }
        b.append('>').append(Html.escape(c.text())).append("</").append(tag).append('>');
    }

    /** The CSS of the official layout, shared by the portal and the PDF. */
    private static void paragraph(StringBuilder b, String text, List<int[]> marks) {
        int at = 0;
        for (int[] m : marks) {
            if (m[0] < at) {
                continue; // overlapping marks: the first one shown wins
            }
            b.append(escapedText(text.substring(at, m[0]))).append("<mark>")
                    .append(escapedText(text.substring(m[0], m[1]))).append("</mark>");
            at = m[1];
        }
        b.append(escapedText(text.substring(at)));
    }

    private static String escapedText(String text) {
        return Html.escape(text).replace("\n", "<br/>");
    }

    public static final String CSS = """
            .official-report { font-family: 'NotoSansSC', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif; line-height: 1.7; }
            .official-report h1 { text-align: center; font-size: 1.45em; font-weight: bold; margin: 0 0 0.6em; }
            .official-report h2 { font-size: 1.1em; font-weight: bold; margin: 1.2em 0 0.4em; }
            .official-report p { text-indent: 2em; margin: 0.3em 0; }
            .report-meta { display: block; font-size: 0.9em; color: #444; text-align: center; }
            .report-meta dt, .report-meta dd { display: inline; margin: 0; }
            .report-meta dd { margin-right: 1.5em; }
            .report-meta dt::after { content: "："; }
            .table-wrap { overflow-x: auto; margin: 0.5em 0 1em; }
            .official-table { border-collapse: collapse; width: 100%; font-size: 0.8em; line-height: 1.35; page-break-inside: avoid; }
            .official-table th, .official-table td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: middle; }
            .official-table th { font-weight: normal; text-align: center; }
            .official-table th[scope=row], .official-table th[scope=rowgroup] { text-align: left; }
            .official-table th.corner { font-size: 0.9em; text-align: left; }
            .official-table td.num { text-align: right; white-space: nowrap; }
            """;

    /** A whole XHTML document, as openhtmltopdf wants it: A4, the embedded CJK font, document metadata. */
    public String document(LaidOutReport report, String extraBody) {
        ReportMeta m = report.meta();
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + Html.escape(report.title()) + "</title>"
                + "<meta name=\"author\" content=\"" + Html.escape(m.unitName()) + "\"/>"
                + "<meta name=\"subject\" content=\"" + Html.escape(OfficialText.get("pdf.subject", m.year())) + "\"/>"
                + "<meta name=\"keywords\" content=\"" + Html.escape(OfficialText.get("pdf.keywords", m.unitName(), m.year())) + "\"/>"
                + "<style>@page { size: A4; margin: 20mm 18mm 20mm 18mm; "
                + "@bottom-center { content: counter(page) \" / \" counter(pages); font-family: 'NotoSansSC'; font-size: 9pt; } }"
                + " body { font-family: 'NotoSansSC'; font-size: 11pt; } .official-table { font-size: 7.5pt; }"
                + " .page-break { page-break-before: always; } tr { page-break-inside: avoid; }"
                + CSS + "</style></head><body>" + fragment(report) + (extraBody == null ? "" : extraBody) + "</body></html>";
    }
}
