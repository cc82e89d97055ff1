package cn.nianbao.domain.rule;

import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.domain.content.ReportContent;


/** SEC-PHONE: a mainland mobile number (1[3-9] and nine more digits), with or without +86 / 0086. */
final class MobileNumberRule implements ReportRule {

    private static final Pattern MOBILE = Pattern.compile("(0086|86)?1[3-9]\\d{9}");

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            for (NumberRun run : in.numberRuns(s)) {
                boolean prefixed = run.digits().length() > 11;
                boolean plusSign = run.match().startsWith("+") || run.match().startsWith("＋");
                if (MOBILE.matcher(run.digits()).matches() && (!plusSign || prefixed)) {
                    out.add(Finding.match("SEC-PHONE", s, RuleMessages.get("SEC-PHONE", in.heading(s), run.offset() + 1),
                            run.match(), run.offset()));
                }
            }
        }
    }
}
