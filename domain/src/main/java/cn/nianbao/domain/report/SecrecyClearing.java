package cn.nianbao.domain.report;

import java.util.Map;
import java.util.Set;

/**
 * What the 保密审查 reviewer hands in with a decision: a conclusion, and per REVIEW finding (keyed by
 * {@code Finding.clearanceKey()}) a choice — 保留 with the reason it may be published ({@code reasons}), or
 * 退回修改 ({@code changes}, no reason needed). A blank reason is no choice.
 */
public record SecrecyClearing(String conclusion, Map<String, String> reasons, Set<String> changes) {

    public static final SecrecyClearing NONE = new SecrecyClearing(null, Map.of(), Set.of());

    public SecrecyClearing {
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
        changes = changes == null ? Set.of() : Set.copyOf(changes);
    }

    /** Every finding kept, none to change (the form of an approval). */
    public SecrecyClearing(String conclusion, Map<String, String> reasons) {
        this(conclusion, reasons, Set.of());
    }

    /** The choice made for a finding, or null when none was. */
    SecrecyChoice choiceOf(String key) {
        if (changes.contains(key)) {
            return SecrecyChoice.CHANGE;
        }
        return reasons.getOrDefault(key, "").isBlank() ? null : SecrecyChoice.KEEP;
    }

    SecrecyClearing withConclusion(String text) {
        return new SecrecyClearing(text, reasons, changes);
    }
}
