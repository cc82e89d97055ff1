package cn.nianbao.domain.interchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ColumnDef;
import cn.nianbao.domain.format.LabelledKey;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;
import cn.nianbao.domain.format.S2Table;
import cn.nianbao.domain.format.S3Row;
import cn.nianbao.domain.format.S4Table;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.CellBounds;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitRef;

/**
 * Reads and writes the interchange format of report-json.md by walking the format definition,
 * so both formats (and any later one) share one code path.
 */
@Component
public class ReportJsonCodec {

    public static final String SCHEMA = "nianbao.report/1";

    private static final Set<String> ROOT_KEYS = Set.of("schema", "format", "year", "unit", "sections");
    private static final Set<String> UNIT_KEYS = Set.of("code", "name", "kind");
    private static final Messages TEXT = Messages.of("interchange");

    private final ReportFormats formats;
    private final ObjectMapper mapper;

    public ReportJsonCodec(ReportFormats formats) {
        this.formats = formats;
        this.mapper = JsonLimits.mapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    // ---------------------------------------------------------------- import

    public ReportContent read(byte[] json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            // a limit of JsonLimits: too deep, too long a string or number; Jackson gives no location for these
            throw new ReportJsonException("", TEXT.get("json.limits", JsonLimits.MAX_DEPTH, JsonLimits.MAX_STRING,
                    JsonLimits.MAX_NUMBER));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ReportJsonException("", at == null ? TEXT.get("json.unreadable")
                    : TEXT.get("json.syntax", at.getLineNr(), at.getColumnNr()));
        } catch (NumberFormatException e) {
            // a number BigDecimal cannot hold (1e-2147483648: "scale out of range") is no parse error to Jackson
            throw new ReportJsonException("", TEXT.get("json.number"));
        } catch (IOException | RuntimeException e) {
            throw new ReportJsonException("", TEXT.get("json.unreadable"));
        }
        return read(root);
    }

    public ReportContent read(String json) {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public ReportContent read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ReportJsonException("", TEXT.get("json.not_object"));
        }
        onlyKeys(root, ROOT_KEYS, "");
        String schema = requiredText(root, "schema", "");
        if (!SCHEMA.equals(schema)) {
            throw new ReportJsonException("schema", TEXT.get("schema.unsupported", schema, SCHEMA));
        }
        String formatId = requiredText(root, "format", "");
        ReportFormat format = formats.find(formatId).orElseThrow(() ->
                new ReportJsonException("format", TEXT.get("format.unknown", formatId)));
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.canConvertToInt() || !yearNode.isIntegralNumber()) {
            throw new ReportJsonException("year", TEXT.get("year.not_integer", named("year")));
        }
        int year = yearNode.intValue();
        if (year < 2000 || year > 2100) {
            throw new ReportJsonException("year", TEXT.get("year.out_of_range", year));
        }
        UnitRef unit = readUnit(root.get("unit"));
        JsonNode sections = root.get("sections");
        if (sections == null || !sections.isObject()) {
            throw new ReportJsonException("sections", TEXT.get("missing", named("sections")));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, BigDecimal> cells = new HashMap<>();
        onlyKeys(sections, Set.of(ReportContent.SECTION_KEYS), "sections");
        for (String s : ReportContent.SECTION_KEYS) {
            JsonNode section = sections.get(s);
            String path = "sections." + s;
            if (section == null || section.isNull()) {
                texts.put(s, "");
                continue;
            }
            if (!section.isObject()) {
                throw new ReportJsonException(path, TEXT.get("not_object", named(path)));
            }
            String dataKey = switch (s) {
                case "s2" -> "tables";
                case "s3" -> "matrix";
                case "s4" -> "table";
                default -> null;
            };
            onlyKeys(section, dataKey == null ? Set.of("text") : Set.of("text", dataKey), path);
            texts.put(s, optionalText(section, "text", path));
            JsonNode data = dataKey == null ? null : section.get(dataKey);
            if (data == null || data.isNull()) {
                continue;
            }
            String dataPath = path + "." + dataKey;
            expectObject(data, dataPath);
            switch (s) {
                case "s2" -> readS2(format, data, dataPath, cells);
                case "s3" -> readS3(format, data, dataPath, cells);
                case "s4" -> readS4(format, data, dataPath, cells);
                default -> throw new IllegalStateException();
            }
        }
        return new ReportContent(format.id(), year, unit, texts, cells);
    }

    private UnitRef readUnit(JsonNode unit) {
        if (unit == null || !unit.isObject()) {
            throw new ReportJsonException("unit", TEXT.get("unit.missing"));
        }
        onlyKeys(unit, UNIT_KEYS, "unit");
        String code = requiredText(unit, "code", "unit");
        String name = requiredText(unit, "name", "unit");
        String kind = requiredText(unit, "kind", "unit");
        try {
            return new UnitRef(code, name, UnitKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw new ReportJsonException("unit.kind", TEXT.get("unit.kind.unknown", kind));
        }
    }

    private void readS2(ReportFormat format, JsonNode tables, String path, Map<String, BigDecimal> cells) {
        for (Iterator<String> it = tables.fieldNames(); it.hasNext(); ) {
            String tableKey = it.next();
            S2Table table = format.s2Table(tableKey).orElseThrow(() -> new ReportJsonException(path + "." + tableKey,
                    TEXT.get("s2.no_table", format.id(), tableKey)));
            JsonNode rows = tables.get(tableKey);
            readRows(rows, path + "." + tableKey, keys(table.rows()), keys(table.columns().stream()
                    .map(c -> new LabelledKey(c.key(), c.label())).toList()), "s2." + tableKey, cells, format);
        }
    }

    private void readS3(ReportFormat format, JsonNode matrix, String path, Map<String, BigDecimal> cells) {
        List<String> rows = format.s3().dataRows().stream().map(S3Row.Data::key).toList();
        List<String> cols = format.s3().columns().stream().map(ColumnDef::key).toList();
        readRows(matrix, path, rows, cols, "s3", cells, format);
    }

    private void readS4(ReportFormat format, JsonNode table, String path, Map<String, BigDecimal> cells) {
        List<String> groups = format.s4().groups().stream().map(S4Table.Group::key).toList();
        readRows(table, path, groups, keys(format.s4().cells()), "s4", cells, format);
    }

    private void readRows(JsonNode rows, String path, List<String> rowKeys, List<String> colKeys, String cellPrefix,
                          Map<String, BigDecimal> cells, ReportFormat format) {
        expectObject(rows, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = rows.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> row = it.next();
            String rowPath = path + "." + row.getKey();
            if (!rowKeys.contains(row.getKey())) {
                throw new ReportJsonException(rowPath, TEXT.get("table.no_row", format.id(), row.getKey()));
            }
            if (row.getValue().isNull()) {
                continue;
            }
            expectObject(row.getValue(), rowPath);
            for (Iterator<Map.Entry<String, JsonNode>> cols = row.getValue().fields(); cols.hasNext(); ) {
                Map.Entry<String, JsonNode> cell = cols.next();
                String cellPath = rowPath + "." + cell.getKey();
                if (!colKeys.contains(cell.getKey())) {
                    throw new ReportJsonException(cellPath, TEXT.get("table.no_column", format.id(), cell.getKey()));
                }
                JsonNode v = cell.getValue();
                if (v.isNull()) {
                    continue;
                }
                if (!v.isNumber()) {
                    throw new ReportJsonException(cellPath, TEXT.get("not_number", named(cellPath), describe(v)));
                }
                // a number the cell cannot store exactly is refused here, never rounded or overflowing later
                BigDecimal value = exact(v);
                if (value == null || !CellBounds.storable(value)) {
                    throw new ReportJsonException(cellPath, TEXT.get("cell.not_storable", named(cellPath),
                            value == null ? v.asText() : CellBounds.shown(value)));
                }
                cells.put(cellPrefix + "." + row.getKey() + "." + cell.getKey(), value);
            }
        }
    }

    /** The number as written: a double only when a caller's mapper made one (NaN and infinities have none). */
    private static BigDecimal exact(JsonNode v) {
        if (v.isDouble() || v.isFloat()) {
            double d = v.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return v.decimalValue();
    }

    private static List<String> keys(List<LabelledKey> list) {
        return list.stream().map(LabelledKey::key).toList();
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return TEXT.get("value.string", v.textValue());
        }
        if (v.isObject()) {
            return TEXT.get("value.object");
        }
        if (v.isArray()) {
            return TEXT.get("value.array");
        }
        if (v.isBoolean()) {
            return TEXT.get("value.boolean");
        }
        return TEXT.get("value.other", v.getNodeType().toString());
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                String where = path.isEmpty() ? key : path + "." + key;
                throw new ReportJsonException(where, TEXT.get("unknown_key", where));
            }
        }
    }

    private static void expectObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ReportJsonException(path, TEXT.get("not_object", named(path)));
        }
    }

    private static String requiredText(JsonNode node, String key, String path) {
        JsonNode v = node.get(key);
        String where = path.isEmpty() ? key : path + "." + key;
        if (v == null || v.isNull()) {
            throw new ReportJsonException(where, TEXT.get("missing", named(where)));
        }
        if (!v.isTextual()) {
            throw new ReportJsonException(where, TEXT.get("not_text", named(where)));
        }
        return v.textValue();
    }

    private static String optionalText(JsonNode node, String key, String path) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new ReportJsonException(path + "." + key, TEXT.get("not_text", named(path + "." + key)));
        }
        return v.textValue();
    }

    /**
     * A key path in words, followed by the path itself for whoever fixes the JSON: 单位名称（unit.name）,
     * 第三部分表格的单元格（sections.s3.matrix.granted.natural_person）.
     */
    static String named(String path) {
        return TEXT.get("where.named", words(path), path);
    }

    private static String words(String path) {
        String[] p = path.split("\\.");
        if (!"sections".equals(p[0]) || p.length == 1) {
            return TEXT.get("field." + path);
        }
        String section = TEXT.get("section." + p[1]);
        if (p.length == 2) {
            return section;
        }
        if (p.length == 3) {
            return TEXT.get("text".equals(p[2]) ? "where.text" : "where.tables", section);
        }
        // below the section's data: s2 holds tables of rows of cells, s3 and s4 rows of cells
        int depth = p.length - ("s2".equals(p[1]) ? 3 : 2);
        return switch (depth) {
            case 1 -> TEXT.get("where.table", section, p[3]);
            case 2 -> TEXT.get("where.row", section, p[p.length - 1]);
            default -> TEXT.get("where.cell", section);
        };
    }

    // ---------------------------------------------------------------- export

    /** Every key of the format, blank cells as null, so that read(write(r)) equals r. */
    public ObjectNode toJson(ReportContent content) {
        ReportFormat format = formats.get(content.formatId());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("schema", SCHEMA);
        root.put("format", format.id());
        root.put("year", content.year());
        ObjectNode unit = root.putObject("unit");
        unit.put("code", content.unit().code());
        unit.put("name", content.unit().name());
        unit.put("kind", content.unit().kind().name());
        ObjectNode sections = root.putObject("sections");
        for (String s : ReportContent.SECTION_KEYS) {
            ObjectNode section = sections.putObject(s);
            section.put("text", content.text(s));
            switch (s) {
                case "s2" -> {
                    ObjectNode tables = section.putObject("tables");
                    for (S2Table t : format.s2Tables()) {
                        ObjectNode table = tables.putObject(t.key());
                        for (LabelledKey row : t.rows()) {
                            ObjectNode r = table.putObject(row.key());
                            t.columns().forEach(c -> put(r, c.key(), content.cell("s2." + t.key() + "." + row.key() + "." + c.key())));
                        }
                    }
                }
                case "s3" -> {
                    ObjectNode matrix = section.putObject("matrix");
                    for (S3Row.Data row : format.s3().dataRows()) {
                        ObjectNode r = matrix.putObject(row.key());
                        format.s3().columns().forEach(c -> put(r, c.key(), content.cell("s3." + row.key() + "." + c.key())));
                    }
                }
                case "s4" -> {
                    ObjectNode table = section.putObject("table");
                    for (S4Table.Group g : format.s4().groups()) {
                        ObjectNode r = table.putObject(g.key());
                        format.s4().cells().forEach(c -> put(r, c.key(), content.cell("s4." + g.key() + "." + c.key())));
                    }
                }
                default -> { }
            }
        }
        return root;
    }

    public String write(ReportContent content) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode row, String key, BigDecimal value) {
        if (value == null) {
            row.putNull(key);
        } else if (value.stripTrailingZeros().scale() <= 0) {
            row.put(key, value.toBigIntegerExact());
        } else {
            row.put(key, value.stripTrailingZeros());
        }
    }
}
