package cn.nianbao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.S3Row;

/** Reads back what each writer produced: labels, numbers, fonts, merged headers. */
class RenderersTest {

    private final ReportFormats formats = ReportFormats.standard();
    private final OfficialLayout layout = new OfficialLayout(formats);
    private final HtmlWriter html = new HtmlWriter();
    private final ReportMeta meta = new ReportMeta("lanxi-lanhe", "兰西县兰河乡人民政府", 2020, "GOV_2019", "兰西县兰河乡人民政府",
            Instant.parse("2021-01-20T02:00:00Z"), "lanxi-2020-00001");

    /** The seed with distinct numbers in a few cells, so a test can find each one. */
    private ReportContent numbered() {
        return SeedReport.content()
                .withCell("s3.new_received.natural_person", BigDecimal.valueOf(41))
                .withCell("s3.new_received.total", BigDecimal.valueOf(41))
                .withCell("s2.art20_9.central_procurement.procurement_amount", new BigDecimal("12.75"))
                .withCell("s4.lit_after_review.pending", BigDecimal.valueOf(7));
    }

    private static List<String> rowLabels(ReportFormat f) {
        List<String> out = new ArrayList<>();
        f.s2Tables().forEach(t -> {
            out.add(t.caption());
            t.rows().forEach(r -> out.add(r.label()));
            t.columns().forEach(c -> out.add(c.label()));
        });
        out.add(f.s3().corner());
        collect(f.s3().rows(), out);
        f.s3().columns().forEach(c -> out.add(c.label()));
        f.s4().groups().forEach(g -> out.add(g.label()));
        f.s4().cells().forEach(c -> out.add(c.label()));
        f.sections().forEach(s -> out.add(s.title()));
        return out;
    }

    private static void collect(List<S3Row> rows, List<String> out) {
        for (S3Row r : rows) {
            out.add(r.label());
            if (r instanceof S3Row.Group g) {
                collect(g.rows(), out);
            }
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void the_pdf_has_the_title_every_label_and_the_numbers_in_an_embedded_cjk_font() throws Exception {
        LaidOutReport laid = layout.layOut(numbered(), meta);
        PdfWriter.Pdf pdf = new PdfWriter().write(html.document(laid, null));
        assertThat(pdf.missingCharacters()).isEmpty();

        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = squeeze(new PDFTextStripper().getText(doc));
            assertThat(text).contains("兰西县兰河乡人民政府2020年政府信息公开工作年度报告");
            for (String label : rowLabels(formats.get("GOV_2019"))) {
                assertThat(text).as("label %s", label).contains(squeeze(label));
            }
            assertThat(text).contains("41", "12.75", "我乡调整了政府信息公开工作领导小组");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(laid.title());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("兰西县兰河乡人民政府");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansSC"));
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4: 595 pt
        }
    }

    @Test
    void a_character_no_font_has_is_flagged_not_dropped_silently() {
        ReportContent odd = SeedReport.content().withText("s6", "生僻字𠀀测试");
        PdfWriter.Pdf pdf = new PdfWriter().write(html.document(layout.layOut(odd, meta), null));
        assertThat(pdf.missingCharacters()).containsExactly("𠀀");
    }

    @Test
    void html_escapes_narrative_and_uses_semantic_tables() {
        String out = html.fragment(layout.layOut(SeedReport.content().withText("s6", "<script>alert('x')</script>"), meta));
        assertThat(out).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(out).contains("<th scope=\"row\"", "<th scope=\"col\"", "rowspan=\"20\"", "发布机构", "索引号");
        ReportContent y2021 = new ReportContent("GOV_2021", 2021, SeedReport.content().unit(), SeedReport.content().texts(), java.util.Map.of());
        assertThat(html.fragment(layout.layOut(y2021, meta))).contains("rowspan=\"22\"", "（六）其他处理");
    }

    @Test
    void docx_has_the_gongwen_fonts_and_real_tables_with_merged_headers() throws Exception {
        byte[] bytes = new DocxWriter().write(layout.layOut(numbered(), meta));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String title = doc.getParagraphs().get(0).getText();
            assertThat(title).isEqualTo("兰西县兰河乡人民政府2020年政府信息公开工作年度报告");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("方正小标宋简体");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getRuns()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312")));
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(5 + 1 + 1);
            XWPFTable s3 = tables.get(5);
            assertThat(s3.getRow(0).getCell(0).getText()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
            assertThat(s3.getRow(0).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
            assertThat(s3.getRow(3).getCell(0).getText()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(s3.getRow(3).getCell(1).getText()).isEqualTo("41");
            assertThat(s3.getRows()).hasSize(3 + 23);
            XWPFTable s4 = tables.get(6);
            assertThat(s4.getRow(0).getCell(1).getText()).isEqualTo("行政诉讼");
            assertThat(s4.getRow(3).getTableCells()).hasSize(15);
            assertThat(s4.getRow(3).getCell(14).getText()).isEqualTo("0");
            assertThat(s4.getRow(3).getCell(13).getText()).isEqualTo("7");
        }
    }

    @Test
    void xlsx_has_a_sheet_per_table_exact_labels_and_numbers_as_numbers() throws Exception {
        byte[] bytes = new XlsxWriter().write(layout.layOut(numbered(), meta));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            Sheet s3 = wb.getSheet("三、收到和处理政府信息公开申请情况");
            Row received = s3.getRow(2 + 3);
            assertThat(received.getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
            Cell natural = received.getCell(3);
            assertThat(natural.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(natural.getNumericCellValue()).isEqualTo(41.0);
            Sheet procurement = wb.getSheet("第二十条第（九）项");
            assertThat(procurement.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(12.75);
            assertThat(s3.getMergedRegions()).isNotEmpty();
        }
    }

    @Test
    void csv_open_data_has_one_row_per_cell() {
        String csv = new String(new CsvWriter(formats).write(List.of(numbered())), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + CsvWriter.HEADER);
        assertThat(lines).hasSize(1 + formats.get("GOV_2019").cells().size());
        CellDef cell = formats.get("GOV_2019").cell("s3.new_received.natural_person").orElseThrow();
        assertThat(csv).contains("lanxi-lanhe,兰西县兰河乡人民政府,2020,GOV_2019,s3,,new_received," + cell.rowLabel() + ",natural_person,自然人,41");
    }
}
