package cn.nianbao.domain.rule;

import java.util.List;
import java.util.Map;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.unit.UnitKind;

/**
 * T-UNIT: the prose calls the unit by the wrong kind (我镇 in a 乡's report, the copy-paste slip of the
 * seed report) or names another unit of the county.
 */
final class UnitNameRule implements ReportRule {

    private static final List<String> XIANG_WORDS = List.of("我乡", "本乡", "全乡", "该乡");
    private static final List<String> ZHEN_WORDS = List.of("我镇", "本镇", "全镇", "该镇");
    private static final List<String> JIEDAO_WORDS = List.of("我街道", "本街道", "全街道", "该街道");

    private static final Map<UnitKind, List<List<String>>> WRONG = Map.of(
            UnitKind.XIANG, List.of(ZHEN_WORDS, JIEDAO_WORDS),
            UnitKind.ZHEN, List.of(XIANG_WORDS, JIEDAO_WORDS),
            UnitKind.JIEDAO, List.of(XIANG_WORDS, ZHEN_WORDS));

    /** Departments, governments and areas above the townships call themselves by none of the townships' words. */
    private static final List<List<String>> NOT_A_TOWNSHIP = List.of(XIANG_WORDS, ZHEN_WORDS, JIEDAO_WORDS);

    @Override
    public void check(RuleInput in, List<Finding> out) {
        UnitKind kind = in.report().unit().kind();
        String own = in.report().unit().name();
        for (String s : ReportContent.SECTION_KEYS) {
            String text = in.report().text(s);
            int first = -1;
            String firstWord = null;
            int count = 0;
            for (List<String> words : WRONG.getOrDefault(kind, NOT_A_TOWNSHIP)) {
                for (String w : words) {
                    for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                        // 全乡镇, 本乡镇: the generic 乡镇, not a claim to be a 乡
                        if (w.endsWith("乡") && text.startsWith("镇", at + w.length())) {
                            continue;
                        }
                        count++;
                        if (first < 0 || at < first) {
                            first = at;
                            firstWord = w;
                        }
                    }
                }
            }
            if (first >= 0) {
                out.add(new Finding("T-UNIT", Severity.WARNING, s, RuleMessages.get("T-UNIT.kind", in.heading(s), firstWord,
                        count > 1 ? RuleMessages.get("T-UNIT.kind.more", count) : "", Labels.kind(kind)),
                        null, null, firstWord, first));
            }
            for (String other : in.context().otherUnitNames()) {
                int at = other.isBlank() || own.contains(other) ? -1 : text.indexOf(other);
                if (at >= 0) {
                    out.add(new Finding("T-UNIT", Severity.WARNING, s, RuleMessages.get("T-UNIT.other", in.heading(s), other),
                            null, null, other, at));
                }
            }
        }
    }
}
