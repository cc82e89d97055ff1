package cn.nianbao.domain.rule;

import java.util.List;

/** SEC-EMPTY: 总体情况, 存在的主要问题及改进情况 and 其他需要报告的事项 must be written. */
final class EmptySectionRule implements ReportRule {

    private static final List<String> NARRATIVE = List.of("s1", "s5", "s6");

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : NARRATIVE) {
            if (in.report().text(s).isBlank()) {
                out.add(Finding.of("SEC-EMPTY", Severity.ERROR, s, RuleMessages.get("SEC-EMPTY", in.heading(s))));
            }
        }
    }
}
