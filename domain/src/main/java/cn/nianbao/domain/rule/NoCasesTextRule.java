package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.domain.content.ReportContent;


/** T-NOCASE: the prose says there was no 行政复议 or 行政诉讼, yet section 四 counts cases. */
final class NoCasesTextRule implements ReportRule {

    private static final Pattern TOPIC = Pattern.compile("行政复议|行政诉讼");
    private static final Pattern DENIAL = Pattern.compile("未发生|没有发生|未出现|没有出现|未有|没有|无因|无(?!法)|为零|零起|零件");

    @Override
    public void check(RuleInput in, List<Finding> out) {
        BigDecimal cases = CaseCounts.total(in);
        if (cases.signum() == 0) {
            return;
        }
        for (String s : ReportContent.SECTION_KEYS) {
            for (Texts.Sentence sentence : Texts.sentences(in.report().text(s))) {
                String t = sentence.text();
                if (TOPIC.matcher(t).find() && DENIAL.matcher(t).find()) {
                    out.add(Finding.numbers("T-NOCASE", Severity.WARNING, "s4", RuleMessages.get("T-NOCASE",
                            in.heading(s), t.strip(), in.heading("s4"), Numbers.plain(cases)), cases, BigDecimal.ZERO));
                    return;
                }
            }
        }
    }
}
