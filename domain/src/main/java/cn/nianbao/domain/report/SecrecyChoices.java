package cn.nianbao.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;

/**
 * The report's REVIEW findings sorted by the reviewer's choice: kept, to change, and open (no choice). Refuses a
 * clearing that contradicts itself or names a finding the report does not have.
 */
record SecrecyChoices(List<Finding> kept, List<Finding> changed, List<Finding> open) {

    private static final Messages TEXT = Messages.of("report");

    static SecrecyChoices of(List<Finding> review, SecrecyClearing clearing) {
        Set<String> keys = review.stream().map(Finding::clearanceKey).collect(Collectors.toSet());
        for (String key : clearing.changes()) {
            if (!keys.contains(key)) {
                throw Refusal.invalid("UNKNOWN_FINDING", TEXT.get("refuse.unknown_change", key));
            }
            if (!clearing.reasons().getOrDefault(key, "").isBlank()) {
                throw Refusal.invalid("KEEP_AND_CHANGE", TEXT.get("refuse.keep_and_change", key));
            }
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> changed = new ArrayList<>();
        List<Finding> open = new ArrayList<>();
        for (Finding f : review) {
            SecrecyChoice choice = clearing.choiceOf(f.clearanceKey());
            (choice == null ? open : choice == SecrecyChoice.KEEP ? kept : changed).add(f);
        }
        return new SecrecyChoices(kept, changed, open);
    }

    boolean none() {
        return kept.isEmpty() && changed.isEmpty();
    }
}
