package cn.nianbao.domain.rule;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.content.ReportContent;


/**
 * T-YEAR: an earlier year used as if it were the report year ("2019年，我乡…" in a 2020 report), the
 * trace of last year's text copied forward. Comparisons and spans (较2019年, 2019年以来) are fine, and so
 * are later years (plans for next year).
 */
final class ReportYearTextRule implements ReportRule {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*年(度)?");
    private static final Pattern SPAN_AFTER = Pattern.compile("^(以来|起|至|到|底|初|以前|之前|前|末|的|相比|同期|上半年|下半年|\\d)");
    private static final Pattern AS_REPORT_YEAR = Pattern.compile("^\\s*([，,]|(我|本|全)(乡|镇|街道|局|委|办|单位|县|区|部门))");
    private static final String COMPARING = "自从至到比较与同截于和、";

    @Override
    public void check(RuleInput in, List<Finding> out) {
        int reportYear = in.report().year();
        for (String s : ReportContent.SECTION_KEYS) {
            String text = in.normalisedText(s);
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year >= reportYear) {
                    continue;
                }
                int p = m.start() - 1;
                while (p >= 0 && Character.isWhitespace(text.charAt(p)) && text.charAt(p) != '\n') {
                    p--;
                }
                char prev = p < 0 ? '。' : text.charAt(p);
                String after = text.substring(m.end());
                if (COMPARING.indexOf(prev) >= 0 || SPAN_AFTER.matcher(after).find()) {
                    continue;
                }
                boolean sentenceStart = "。；！？\n：:）)".indexOf(prev) >= 0;
                Matcher asYear = AS_REPORT_YEAR.matcher(after);
                if (asYear.find() && (sentenceStart || asYear.group(2) != null)) {
                    out.add(new Finding("T-YEAR", Severity.WARNING, s, RuleMessages.get("T-YEAR", in.heading(s), m.group(),
                            year, reportYear), null, null, m.group(), m.start()));
                    break;
                }
            }
        }
    }
}
