package cn.nianbao.domain.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.domain.rule.Finding;

/**
 * Which explanation each warning of a submission gets. A text the clerk wrote wins. The blank cells (one CELL-BLANK
 * warning per table) are explained once for the whole report: one text, given under {@code CELL-BLANK} or under any
 * of their keys, explains them all. A warning the clerk left unexplained keeps the explanation of the previous
 * submission while it is the same finding (same fingerprint: for CELL-BLANK, the same blank cells); a changed one
 * needs a new text.
 */
final class CarriedExplanations {

    /** An explanation to store: its text, and the submission it was written for if it is carried over. */
    record Explained(String body, Integer carriedFrom) {
    }

    private CarriedExplanations() {
    }

    /** The explanation of each warning that has one; a warning missing from the answer is unexplained. */
    static Map<String, Explained> resolve(List<Finding> warnings, Map<String, String> given,
                                          List<WarningExplanation> previous) {
        Map<String, WarningExplanation> before = new LinkedHashMap<>();
        previous.forEach(p -> before.put(p.getFindingKey(), p));
        String blanksText = blanksText(warnings, given);
        Map<String, Explained> out = new LinkedHashMap<>();
        for (Finding w : warnings) {
            String key = w.explanationKey();
            WarningExplanation was = before.get(key);
            boolean same = was != null && w.fingerprint().equals(was.getFingerprint());
            String text = written(given.get(key));
            if (text == null && w.aboutBlankCells()) {
                text = blanksText;
            }
            if (text != null) {
                // the same text for the same finding is still the old explanation: it keeps its origin
                out.put(key, new Explained(text, same && text.equals(was.getBody()) ? was.writtenIn() : null));
            } else if (same) {
                out.put(key, new Explained(was.getBody(), was.writtenIn()));
            }
        }
        return out;
    }

    /** The texts that would be carried over if the clerk wrote nothing: unchanged findings only. */
    static Map<String, String> carried(List<Finding> warnings, List<WarningExplanation> previous) {
        Map<String, String> out = new LinkedHashMap<>();
        resolve(warnings, Map.of(), previous).forEach((k, e) -> out.put(k, e.body()));
        return out;
    }

    /** The one text the clerk gave for the blank cells: under CELL-BLANK itself, or under the first of their keys. */
    private static String blanksText(List<Finding> warnings, Map<String, String> given) {
        String shared = written(given.get(Finding.BLANK_CELLS));
        if (shared != null) {
            return shared;
        }
        return warnings.stream().filter(Finding::aboutBlankCells).map(w -> written(given.get(w.explanationKey())))
                .filter(t -> t != null).findFirst().orElse(null);
    }

    private static String written(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
