package cn.nianbao.domain.report;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import cn.nianbao.domain.content.ReportContent;

/** Whether two contents say the same: texts alike (blank as empty), numbers equal whatever their scale (2 = 2.0). */
public final class SameContent {

    private SameContent() {
    }

    public static boolean of(ReportContent a, ReportContent b) {
        if (!a.formatId().equals(b.formatId()) || a.year() != b.year()) {
            return false;
        }
        for (String s : ReportContent.SECTION_KEYS) {
            if (!a.text(s).equals(b.text(s))) {
                return false;
            }
        }
        Set<String> keys = new HashSet<>(a.cells().keySet());
        keys.addAll(b.cells().keySet());
        for (String k : keys) {
            BigDecimal x = a.cell(k);
            BigDecimal y = b.cell(k);
            if (x == null || y == null ? !Objects.equals(x, y) : x.compareTo(y) != 0) {
                return false;
            }
        }
        return true;
    }
}
