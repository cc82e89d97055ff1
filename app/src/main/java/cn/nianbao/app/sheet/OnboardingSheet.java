package cn.nianbao.app.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.onboarding.ImportProblem;
import cn.nianbao.domain.onboarding.PeopleImport;
import cn.nianbao.domain.onboarding.PersonRow;
import cn.nianbao.domain.onboarding.UnitRow;

/**
 * Reads an onboarding sheet, CSV (UTF-8, optional BOM, quoted fields) or XLSX (the first sheet), into rows
 * numbered as a spreadsheet shows them (the header is row 1). The columns are found by their header names, in any
 * order; other columns are ignored.
 */
public final class OnboardingSheet {

    public static final List<String> UNIT_COLUMNS = List.of("code", "name", "short_name", "kind", "parent_code");
    public static final List<String> PEOPLE_COLUMNS = PeopleImport.COLUMNS;

    private static final Messages TEXT = Messages.of("onboarding");

    /** The rows, or the problems that keep the sheet from being read at all (a missing column, a bad encoding). */
    public record Read<T>(List<T> rows, List<ImportProblem> problems) {
    }

    /** One row of cells by column name, with its row number. */
    private record Cells(int row, Map<String, String> byColumn) {
        String get(String column) {
            return byColumn.getOrDefault(column, "");
        }
    }

    private OnboardingSheet() {
    }

    public static Read<UnitRow> units(byte[] bytes, String fileName) {
        Read<Cells> read = read(bytes, fileName, UNIT_COLUMNS);
        return new Read<>(read.rows().stream().map(c -> new UnitRow(c.row(), c.get("code"), c.get("name"),
                c.get("short_name"), c.get("kind"), c.get("parent_code"))).toList(), read.problems());
    }

    public static Read<PersonRow> people(byte[] bytes, String fileName) {
        Read<Cells> read = read(bytes, fileName, PEOPLE_COLUMNS);
        return new Read<>(read.rows().stream().map(c -> new PersonRow(c.row(), c.get("username"), c.get("display_name"),
                c.get("email"), c.get("unit_code"), c.get("roles"))).toList(), read.problems());
    }

    private static Read<Cells> read(byte[] bytes, String fileName, List<String> columns) {
        List<List<String>> table;
        try {
            boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
            table = zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) ? xlsx(bytes) : csv(bytes);
        } catch (IOException | RuntimeException e) {
            return new Read<>(List.of(), List.of(new ImportProblem(1, "", TEXT.get("problem.sheet_unreadable"))));
        }
        if (table.isEmpty()) {
            return new Read<>(List.of(), List.of());
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (String c : columns) {
            if (!at.containsKey(c)) {
                problems.add(new ImportProblem(1, c, TEXT.get("problem.header_missing", c)));
            }
        }
        if (!problems.isEmpty()) {
            return new Read<>(List.of(), problems);
        }
        List<Cells> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> byColumn = new HashMap<>();
            for (String c : columns) {
                byColumn.put(c, cell(cells, at, c));
            }
            rows.add(new Cells(r + 1, byColumn));
        }
        return new Read<>(rows, List.of());
    }

    private static String cell(List<String> cells, Map<String, Integer> at, String column) {
        int i = at.get(column);
        return i < cells.size() ? cells.get(i) : "";
    }

    /**
     * The first sheet, read as a stream of rows (POI's event API) instead of a workbook in memory: a province's
     * people sheet has 45,000 rows, which the workbook model holds as some millions of objects and reads several
     * times slower. Values come as the spreadsheet shows them (DataFormatter); missing rows and cells are blank.
     */
    private static List<List<String>> xlsx(byte[] bytes) throws IOException {
        List<List<String>> out = new ArrayList<>();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (OpenXML4JException e) {
            throw new IOException("not a workbook", e);
        }
        // revert, not close: the package was read from memory and nothing is to be saved back
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return out;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(out),
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable workbook", e);
        } finally {
            pkg.revert();
        }
        return out;
    }

    /** Collects the rows of a sheet as lists of cell texts, at their own row and column numbers. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> out;
        private List<String> row;

        Rows(List<List<String>> out) {
            this.out = out;
        }

        @Override
        public void startRow(int rowNum) {
            while (out.size() < rowNum) {
                out.add(new ArrayList<>());
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            out.add(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }
    }

    /** RFC 4180 as spreadsheets write it: commas, double quotes around fields, doubled quotes inside, CRLF or LF. */
    static List<List<String>> csv(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                out.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            out.add(row);
        }
        return out;
    }
}
