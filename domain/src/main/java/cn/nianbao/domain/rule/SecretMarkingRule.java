package cn.nianbao.domain.rule;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.report.ReportContent;

/**
 * SEC-MARK: 密级 markings (秘密★, ★机密, 机密级, 【绝密】, a line of its own) and 内部资料 / 不宜公开.
 * Prose that names a kind of secret — 国家秘密, 商业秘密, 保守国家秘密法, 保密审查 — is no marking:
 * the words only count with the star, 级, brackets or a line of their own that make a marking.
 */
final class SecretMarkingRule implements ReportRule {

    private static final String LEVEL = "(绝密|机密|秘密)";
    private static final Pattern MARKING = Pattern.compile(String.join("|",
            LEVEL + "\\s*[★☆*]\\s*(\\d+\\s*(年|个月|月))?",
            "[★☆]\\s*" + LEVEL,
            "(?<!国家|商业|工作|个人|技术|军事)" + LEVEL + "\\s*级",
            "[【\\[［〔(（]\\s*" + LEVEL + "\\s*[】\\]］〕)）]",
            "(?m)^\\s*" + LEVEL + "\\s*$",
            "内部资料",
            "不宜公开"));

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            String text = Texts.normalise(in.report().text(s));
            Matcher m = MARKING.matcher(text);
            while (m.find()) {
                int start = m.start();
                String match = m.group();
                int lead = match.length() - match.stripLeading().length();
                match = match.strip();
                out.add(Finding.match("SEC-MARK", s, in.heading(s) + " 中有疑似密级标志「" + match
                        + "」，请保密审查确认能否公开", in.report().text(s).substring(start + lead, start + lead + match.length()),
                        start + lead));
            }
        }
    }
}
