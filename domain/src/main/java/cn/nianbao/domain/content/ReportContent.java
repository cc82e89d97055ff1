package cn.nianbao.domain.content;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.domain.unit.UnitRef;

/**
 * What a report says: the six texts and every cell, keyed as in the interchange format.
 * A cell missing from {@code cells} was left blank; it counts as 0 in arithmetic.
 */
public record ReportContent(String formatId, int year, UnitRef unit, Map<String, String> texts,
                           Map<String, BigDecimal> cells) {

    public static final String[] SECTION_KEYS = {"s1", "s2", "s3", "s4", "s5", "s6"};

    public ReportContent {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            if (v != null) {
                // one representation per number, so that equal reports compare equal after a round trip
                copy.put(k, v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros());
            }
        });
        cells = Collections.unmodifiableMap(copy);
    }

    /** The section's text, never null. */
    public String text(String section) {
        return texts.getOrDefault(section, "");
    }

    /** The cell's value, or null when blank. */
    public BigDecimal cell(String key) {
        return cells.get(key);
    }

    /** The cell's value with blank counted as 0, as the arithmetic rules count it. */
    public BigDecimal number(String key) {
        BigDecimal v = cells.get(key);
        return v == null ? BigDecimal.ZERO : v;
    }

    public ReportContent withCell(String key, BigDecimal value) {
        Map<String, BigDecimal> next = new HashMap<>(cells);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new ReportContent(formatId, year, unit, texts, next);
    }

    public ReportContent withText(String section, String text) {
        Map<String, String> next = new LinkedHashMap<>(texts);
        next.put(section, text == null ? "" : text);
        return new ReportContent(formatId, year, unit, next, cells);
    }

    public ReportContent withUnit(UnitRef newUnit) {
        return new ReportContent(formatId, year, newUnit, texts, cells);
    }
}
