package cn.nianbao.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Component;

/**
 * DOCX in 公文 style (GB/T 9704): A4 with margins 37/35/28/26 mm, the title in 方正小标宋简体 二号, headings
 * in 黑体 三号, body in 仿宋_GB2312 三号; the tables are real Word tables with merged header cells.
 */
@Component
public class DocxWriter {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    public byte[] write(LaidOutReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, report.title(), TITLE_FONT, 22, false);
            for (ReportSection s : report.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setIndentationFirstLine(640);
                run(h, s.title(), HEADING_FONT, 16, false);
                for (String p : s.paragraphs()) {
                    XWPFParagraph para = doc.createParagraph();
                    para.setIndentationFirstLine(640);
                    para.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
                    run(para, p, BODY_FONT, 16, false);
                }
                for (Grid g : s.tables()) {
                    table(doc, g);
                    doc.createParagraph();
                }
            }
            doc.getProperties().getCoreProperties().setTitle(report.title());
            doc.getProperties().getCoreProperties().setCreator(report.meta().unitName());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }

    /** A run whose East Asian font is set explicitly: setFontFamily alone leaves Word's eastAsia slot empty. */
    static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        r.setFontSize(points);
        r.setBold(bold);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
    }

    /** A cell as Word stores it: the grid cell itself, or the continuation of a cell merged from above. */
    private record Placed(GridCell cell, int colspan, boolean continued) {
    }

    private static void table(XWPFDocument doc, Grid g) {
        List<List<GridCell>> rows = new ArrayList<>(g.head());
        rows.addAll(g.body());
        List<List<Placed>> placed = place(rows, g.columns());
        XWPFTable t = doc.createTable(rows.size(), 1);
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        for (int r = 0; r < placed.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<Placed> cells = placed.get(r);
            for (int i = 0; i < cells.size(); i++) {
                XWPFTableCell cell = i == 0 ? row.getCell(0) : row.addNewTableCell();
                Placed p = cells.get(i);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (p.colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(p.colspan()));
                }
                if (p.continued()) {
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    if (p.cell().rowspan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    write(cell, p.cell());
                }
            }
        }
    }

    /** Lays the grid out cell by cell, inserting a continuation wherever a cell above spans down. */
    private static List<List<Placed>> place(List<List<GridCell>> rows, int width) {
        int[][] spanningFromAbove = new int[rows.size() + 1][width + 1];
        List<List<Placed>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> line = new ArrayList<>();
            int col = 0;
            for (GridCell c : rows.get(r)) {
                col = continuations(spanningFromAbove[r], col, width, line);
                line.add(new Placed(c, c.colspan(), false));
                for (int rr = r + 1; rr < r + c.rowspan() && rr < rows.size(); rr++) {
                    spanningFromAbove[rr][col] = c.colspan();
                }
                col += c.colspan();
            }
            continuations(spanningFromAbove[r], col, width, line);
            out.add(line);
        }
        return out;
    }

    private static int continuations(int[] spans, int col, int width, List<Placed> line) {
        while (col < width && spans[col] > 0) {
            line.add(new Placed(null, spans[col], true));
            col += spans[col];
        }
        return col;
    }

    private static void write(XWPFTableCell cell, GridCell c) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(c.kind() == GridCell.Kind.NUMBER ? ParagraphAlignment.RIGHT
                : c.kind() == GridCell.Kind.COLUMN_HEADER ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(p, c.text(), TABLE_FONT, 9, false);
    }
}
