package cn.nianbao.domain.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The registry of official formats, read once from {@code nianbao/formats.yaml} (a copy of the
 * product's spec/formats.yaml). Adding a format is a change to that file plus its rules.
 */
@Component
public class ReportFormats {

    static final String RESOURCE = "nianbao/formats.yaml";

    private static final ReportFormats STANDARD = load();

    private final Map<String, ReportFormat> formats;

    private ReportFormats(Map<String, ReportFormat> formats) {
        this.formats = formats;
    }

    /** The Spring bean shares the one copy that was read at class load. */
    public ReportFormats() {
        this(STANDARD.formats);
    }

    public static ReportFormats standard() {
        return STANDARD;
    }

    public Collection<ReportFormat> all() {
        return formats.values();
    }

    public Optional<ReportFormat> find(String id) {
        return Optional.ofNullable(id == null ? null : formats.get(id));
    }

    public ReportFormat get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown format " + id));
    }

    /** The format a report of that year must use. */
    public ReportFormat forYear(int year) {
        return formats.values().stream().filter(f -> f.appliesTo(year)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no official format for the year " + year));
    }

    private static ReportFormats load() {
        try (InputStream in = ReportFormats.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, ReportFormat> out = new LinkedHashMap<>();
            map(root.get("formats")).forEach((id, def) -> out.put(id, parseFormat(id, map(def))));
            return new ReportFormats(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static ReportFormat parseFormat(String id, Map<String, Object> def) {
        Map<String, Object> years = map(def.get("years"));
        List<SectionDef> sections = new ArrayList<>();
        for (Object o : list(def.get("sections"))) {
            Map<String, Object> s = map(o);
            sections.add(new SectionDef(str(s, "key"), str(s, "title"), SectionKind.valueOf(str(s, "kind").toUpperCase())));
        }
        List<S2Table> s2 = new ArrayList<>();
        for (Object o : list(def.get("s2"))) {
            Map<String, Object> t = map(o);
            s2.add(new S2Table(str(t, "key"), str(t, "caption"), columns(t.get("columns")), labelled(t.get("rows"))));
        }
        Map<String, Object> s3 = map(def.get("s3"));
        S3Matrix matrix = new S3Matrix(str(s3, "corner"), str(s3, "header"), columns(s3.get("columns")),
                s3Rows(list(s3.get("rows")), 0));
        Map<String, Object> s4 = map(def.get("s4"));
        List<S4Table.Group> groups = new ArrayList<>();
        for (Object o : list(s4.get("groups"))) {
            Map<String, Object> g = map(o);
            groups.add(new S4Table.Group(str(g, "key"), str(g, "label"), (String) g.get("parent")));
        }
        Object to = years.get("to");
        return new ReportFormat(id, str(def, "basis"), ((Number) years.get("from")).intValue(),
                to == null ? null : ((Number) to).intValue(), sections, s2, matrix,
                new S4Table(groups, labelled(s4.get("cells"))));
    }

    private static List<S3Row> s3Rows(List<Object> rows, int level) {
        List<S3Row> out = new ArrayList<>();
        for (Object o : rows) {
            Map<String, Object> r = map(o);
            if (r.containsKey("group")) {
                out.add(new S3Row.Group(str(r, "group"), level, s3Rows(list(r.get("rows")), level + 1)));
            } else {
                out.add(new S3Row.Data(str(r, "key"), str(r, "label"), level));
            }
        }
        return out;
    }

    private static List<ColumnDef> columns(Object yaml) {
        List<ColumnDef> out = new ArrayList<>();
        for (Object o : list(yaml)) {
            Map<String, Object> c = map(o);
            out.add(new ColumnDef(str(c, "key"), str(c, "label"), CellType.fromYaml((String) c.get("type")),
                    (String) c.get("group")));
        }
        return out;
    }

    private static List<LabelledKey> labelled(Object yaml) {
        List<LabelledKey> out = new ArrayList<>();
        for (Object o : list(yaml)) {
            Map<String, Object> r = map(o);
            out.add(new LabelledKey(str(r, "key"), str(r, "label")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": missing '" + key + "' in " + m);
        }
        return v.toString();
    }
}
