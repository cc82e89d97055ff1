package cn.nianbao.reports.intake;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.domain.content.ReportContent;

/**
 * What was read from a workbook or a pasted block: the values to put into cells, the cells that were left blank
 * there (and so become blank), and what could not be read. Applying it changes only the working copy.
 */
public record CellIntake(Map<String, BigDecimal> values, Set<String> blanks, List<IntakeProblem> problems) {

    public CellIntake {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        blanks = Collections.unmodifiableSet(new LinkedHashSet<>(blanks));
        problems = List.copyOf(problems);
    }

    static CellIntake refused(IntakeProblem problem) {
        return new CellIntake(Map.of(), Set.of(), List.of(problem));
    }

    /** How many cells it fills or blanks. */
    public int cellCount() {
        return values.size() + blanks.size();
    }

    public ReportContent applyTo(ReportContent content) {
        ReportContent out = content;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            out = out.withCell(e.getKey(), e.getValue());
        }
        for (String key : blanks) {
            out = out.withCell(key, null);
        }
        return out;
    }
}
