package cn.nianbao.app.ui.editor;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.unit.UnitRef;

/**
 * The editor's copy of a report: its numbers in an array in the order of the format's cells (the order held once
 * for the application by {@link EditorShape}), the rest as a report without numbers. A ReportContent keeps its
 * some 350 numbers in a map, about 20 KB in each open editor, and twice once something is typed (the stored copy
 * and the working one). A whole ReportContent is made when one is needed (checking, saving, export, layout) and not
 * kept between requests.
 */
final class EditorCopy {

    private final EditorShape shape;
    /** The report without its numbers: format, year, unit, texts. */
    private final ReportContent head;
    /** By {@link EditorShape#slot}; null: blank. */
    private final BigDecimal[] values;
    /** Cells the format does not know, as the content had them (none in a report the domain accepted). */
    private final Map<String, BigDecimal> others;

    private EditorCopy(EditorShape shape, ReportContent head, BigDecimal[] values, Map<String, BigDecimal> others) {
        this.shape = shape;
        this.head = head;
        this.values = values;
        this.others = others;
    }

    static EditorCopy of(EditorShape shape, ReportContent content) {
        BigDecimal[] values = new BigDecimal[shape.slots().size()];
        Map<String, BigDecimal> others = Map.of();
        for (Map.Entry<String, BigDecimal> e : content.cells().entrySet()) {
            Integer slot = shape.slots().get(e.getKey());
            if (slot != null) {
                values[slot] = e.getValue();
            } else {
                if (others.isEmpty()) {
                    others = new LinkedHashMap<>();
                }
                others.put(e.getKey(), e.getValue());
            }
        }
        ReportContent head = new ReportContent(content.formatId(), content.year(), content.unit(), content.texts(), Map.of());
        return new EditorCopy(shape, head, values, others);
    }

    /** The whole report (made anew: the caller does not keep it). */
    ReportContent content() {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        String[] keys = shape.keys();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cells.put(keys[i], values[i]);
            }
        }
        cells.putAll(others);
        return new ReportContent(head.formatId(), head.year(), head.unit(), head.texts(), cells);
    }

    /** The report without its numbers (the blank template's content). */
    ReportContent head() {
        return head;
    }

    BigDecimal cell(String key) {
        Integer slot = shape.slots().get(key);
        return slot != null ? values[slot] : others.get(key);
    }

    String text(String section) {
        return head.text(section);
    }

    String formatId() {
        return head.formatId();
    }

    int year() {
        return head.year();
    }

    UnitRef unit() {
        return head.unit();
    }

    EditorCopy withCell(String key, BigDecimal value) {
        Integer slot = shape.slots().get(key);
        if (slot == null) {
            return of(shape, content().withCell(key, value));
        }
        BigDecimal[] next = Arrays.copyOf(values, values.length);
        // the one representation per number ReportContent keeps, so that a copy compares as its content would
        next[slot] = value == null ? null : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new EditorCopy(shape, head, next, others);
    }

    EditorCopy withText(String section, String text) {
        return new EditorCopy(shape, head.withText(section, text), values, others);
    }
}
