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
                    out.add(Finding.match("SEC-PHONE", s, in.heading(s) + " 中有疑似手机号码（第 " + (run.offset() + 1)
                            + " 个字符起），公开前应删除或遮盖个人联系方式", run.match(), run.offset()));
                }
            }
        }
    }
}
