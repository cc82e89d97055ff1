package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * T-GOVEVAL: 条例第五十条 — the report of a 人民政府 (乡、镇、县) also covers 工作考核、社会评议和责任追究结果.
 */
final class GovernmentEvaluationRule implements ReportRule {

    private static boolean mentions(String a, String b, List<String> words) {
        return words.stream().anyMatch(w -> a.contains(w) || b.contains(w));
    }

    private static final List<String> ASSESSMENT = List.of("考核");
    private static final List<String> APPRAISAL = List.of("评议", "评价");
    private static final List<String> ACCOUNTABILITY = List.of("责任追究", "追究责任", "追责", "问责");

    @Override
    public void check(RuleInput in, List<Finding> out) {
        if (!in.report().unit().kind().isPeoplesGovernment()) {
            return;
        }
        String s1 = in.report().text("s1");
        String s5 = in.report().text("s5");
        List<String> missing = new ArrayList<>();
        if (!mentions(s1, s5, ASSESSMENT)) {
            missing.add(RuleMessages.get("T-GOVEVAL.assessment"));
        }
        if (!mentions(s1, s5, APPRAISAL)) {
            missing.add(RuleMessages.get("T-GOVEVAL.appraisal"));
        }
        if (!mentions(s1, s5, ACCOUNTABILITY)) {
            missing.add(RuleMessages.get("T-GOVEVAL.accountability"));
        }
        if (!missing.isEmpty()) {
            out.add(Finding.of("T-GOVEVAL", Severity.WARNING, "s1",
                    RuleMessages.get("T-GOVEVAL", in.heading("s1"), RuleMessages.list(missing))));
        }
    }
}
