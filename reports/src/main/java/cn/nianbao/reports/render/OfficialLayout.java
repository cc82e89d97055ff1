package cn.nianbao.reports.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ColumnDef;
import cn.nianbao.domain.format.LabelledKey;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.S2Table;
import cn.nianbao.domain.format.S3Matrix;
import cn.nianbao.domain.format.S3Row;
import cn.nianbao.domain.format.S4Table;
import cn.nianbao.domain.format.SectionDef;

/**
 * Lays a report out as the official form prints it, by walking its format definition: the six sections
 * with their headings, the 二 tables, the 三 matrix with its grouped header and row groups, the 四 table.
 * Every cell appears; 0 is shown as 0, a blank cell stays blank.
 */
@Component
public class OfficialLayout {

    /** The label area of the 三 matrix is three grid columns wide: 三、…, （三）…, 1.… */
    private static final int S3_LABEL_COLUMNS = 3;
    /** The 二 tables are four columns wide: 信息内容 and three value columns. */
    private static final int S2_VALUE_COLUMNS = 3;

    private final ReportFormats formats;

    public OfficialLayout(ReportFormats formats) {
        this.formats = formats;
    }

    /** The official title: 兰西县兰河乡人民政府2020年政府信息公开工作年度报告. */
    public static String title(String unitName, int year) {
        return OfficialText.get("title", unitName, year);
    }

    /** The title of a county's 汇总表: the official title followed by 汇总表. */
    public static String totalsTitle(String unitName, int year) {
        return OfficialText.get("title.totals", unitName, year);
    }

    public LaidOutReport layOut(ReportContent content, ReportMeta meta) {
        return layOut(content, meta, List.of());
    }

    /** As above, with stretches of the texts marked for a reviewer, placed by their offsets in the stored text. */
    public LaidOutReport layOut(ReportContent content, ReportMeta meta, List<TextMark> marks) {
        ReportFormat format = formats.get(content.formatId());
        List<ReportSection> sections = new ArrayList<>();
        for (SectionDef s : format.sections()) {
            List<Grid> tables = switch (s.key()) {
                case "s2" -> format.s2Tables().stream().map(t -> s2(t, content)).toList();
                // the 三 and 四 tables are captioned with their section's title in formats.yaml
                case "s3" -> List.of(s3(format.s3(), s.title(), content));
                case "s4" -> List.of(s4(format.s4(), s.title(), content));
                default -> List.of();
            };
            List<TextMark> own = marks.stream().filter(mk -> mk.section().equals(s.key())).toList();
            List<Paragraphs.Paragraph> ps = Paragraphs.of(content.text(s.key()), own);
            sections.add(new ReportSection(s.key(), s.title(), ps.stream().map(Paragraphs.Paragraph::text).toList(), tables,
                    ps.stream().map(Paragraphs.Paragraph::marks).toList()));
        }
        return new LaidOutReport(title(meta.unitName(), meta.year()), meta, sections);
    }

    /** Paragraphs are separated by blank lines; single line breaks inside one are kept as spaces. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String joined = p.strip().replaceAll("\\s*\n\\s*", "\n");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    private static String value(ReportContent content, String key) {
        BigDecimal v = content.cell(key);
        return v == null ? "" : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private Grid s2(S2Table t, ReportContent content) {
        int span = t.columns().size() == 1 ? S2_VALUE_COLUMNS : 1;
        int width = 1 + Math.max(t.columns().size() * span, S2_VALUE_COLUMNS);
        List<List<GridCell>> head = new ArrayList<>();
        head.add(List.of(GridCell.columnHeader(t.caption(), width, 1)));
        List<GridCell> labels = new ArrayList<>();
        labels.add(GridCell.columnHeader(OfficialText.get("s2.content_column"), 1, 1));
        int filled = 0;
        for (int i = 0; i < t.columns().size(); i++) {
            int colspan = i == t.columns().size() - 1 ? width - 1 - filled : span;
            labels.add(GridCell.columnHeader(t.columns().get(i).label(), colspan, 1));
            filled += colspan;
        }
        head.add(labels);
        List<List<GridCell>> body = new ArrayList<>();
        for (LabelledKey row : t.rows()) {
            List<GridCell> cells = new ArrayList<>();
            cells.add(GridCell.rowHeader(row.label(), 1, 1));
            int used = 0;
            for (int i = 0; i < t.columns().size(); i++) {
                int colspan = i == t.columns().size() - 1 ? width - 1 - used : span;
                String key = "s2." + t.key() + "." + row.key() + "." + t.columns().get(i).key();
                cells.add(GridCell.number(value(content, key), colspan, key));
                used += colspan;
            }
            body.add(cells);
        }
        return new Grid("s2." + t.key(), t.caption(), width, head, body);
    }

    private Grid s3(S3Matrix m, String caption, ReportContent content) {
        int applicants = m.columns().size();
        List<List<GridCell>> head = new ArrayList<>();
        List<GridCell> top = new ArrayList<>();
        top.add(new GridCell(m.corner(), S3_LABEL_COLUMNS, 3, GridCell.Kind.CORNER, null));
        top.add(GridCell.columnHeader(m.header(), applicants, 1));
        head.add(top);
        // second header row: columns without a group span two rows; grouped columns share one group cell
        Map<String, Integer> groupWidths = new LinkedHashMap<>();
        List<GridCell> second = new ArrayList<>();
        List<GridCell> third = new ArrayList<>();
        for (ColumnDef c : m.columns()) {
            if (c.group() == null) {
                second.add(GridCell.columnHeader(c.label(), 1, 2));
            } else {
                if (!groupWidths.containsKey(c.group())) {
                    second.add(GridCell.columnHeader(c.group(), (int) m.columns().stream()
                            .filter(x -> c.group().equals(x.group())).count(), 1));
                }
                groupWidths.merge(c.group(), 1, Integer::sum);
                third.add(GridCell.columnHeader(c.label(), 1, 1));
            }
        }
        head.add(second);
        head.add(third);
        List<List<GridCell>> body = new ArrayList<>();
        emitS3Rows(m.rows(), new ArrayList<>(), m, content, body);
        return new Grid("s3", caption, S3_LABEL_COLUMNS + applicants, head, body);
    }

    private void emitS3Rows(List<S3Row> rows, List<GridCell> pending, S3Matrix m, ReportContent content,
                            List<List<GridCell>> body) {
        for (S3Row row : rows) {
            if (row instanceof S3Row.Group g) {
                pending.add(GridCell.rowHeader(g.label(), 1, g.dataRowCount()));
                emitS3Rows(g.rows(), pending, m, content, body);
            } else if (row instanceof S3Row.Data d) {
                List<GridCell> cells = new ArrayList<>(pending);
                pending.clear();
                cells.add(GridCell.rowHeader(d.label(), S3_LABEL_COLUMNS - d.level(), 1));
                for (ColumnDef c : m.columns()) {
                    String key = "s3." + d.key() + "." + c.key();
                    cells.add(GridCell.number(value(content, key), 1, key));
                }
                body.add(cells);
            }
        }
    }

    private Grid s4(S4Table t, String caption, ReportContent content) {
        int n = t.cells().size();
        List<List<GridCell>> head = new ArrayList<>();
        List<GridCell> top = new ArrayList<>();
        List<GridCell> second = new ArrayList<>();
        List<GridCell> third = new ArrayList<>();
        Map<String, Integer> parents = new LinkedHashMap<>();
        for (S4Table.Group g : t.groups()) {
            if (g.parent() == null) {
                top.add(GridCell.columnHeader(g.label(), n, 1));
                t.cells().forEach(c -> second.add(GridCell.columnHeader(c.label(), 1, 2)));
            } else {
                if (!parents.containsKey(g.parent())) {
                    int width = (int) t.groups().stream().filter(x -> g.parent().equals(x.parent())).count() * n;
                    top.add(GridCell.columnHeader(g.parent(), width, 1));
                }
                parents.merge(g.parent(), 1, Integer::sum);
                second.add(GridCell.columnHeader(g.label(), n, 1));
                t.cells().forEach(c -> third.add(GridCell.columnHeader(c.label(), 1, 1)));
            }
        }
        head.add(top);
        head.add(second);
        head.add(third);
        List<GridCell> numbers = new ArrayList<>();
        for (S4Table.Group g : t.groups()) {
            t.cells().forEach(c -> {
                String key = "s4." + g.key() + "." + c.key();
                numbers.add(GridCell.number(value(content, key), 1, key));
            });
        }
        return new Grid("s4", caption, n * t.groups().size(), head, List.of(numbers));
    }
}
