package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.S3Matrix;

/**
 * T-NOAPP: the prose says no applications were received while section 三 counts some, or the prose
 * counts applications while section 三 has none.
 */
final class NoApplicationsTextRule implements ReportRule {

    static final Pattern DENIAL = Pattern.compile(
            "(未|没有|没)(收到|接到|受理)|零申请|申请(数量?|数)?(为零|为0|是零)|无[^。；，]{0,8}申请");
    static final Pattern CLAIM = Pattern.compile("收到[^。；，,]{0,20}?申请[^。；0-9]{0,6}?" + Texts.NUMBER + "\\s*(件|个|条|次|份)");
    private static final Pattern CASES = Pattern.compile("行政复议|行政诉讼|复议|诉讼");

    @Override
    public void check(RuleInput in, List<Finding> out) {
        BigDecimal received = in.s3(S3Matrix.NEW_RECEIVED, S3Matrix.TOTAL_COLUMN);
        for (String s : ReportContent.SECTION_KEYS) {
            String text = in.normalisedText(s);
            for (Texts.Sentence sentence : Texts.sentences(text)) {
                String t = sentence.text();
                if (!t.contains("申请") || CASES.matcher(t).find()) {
                    continue;
                }
                if (received.signum() > 0 && DENIAL.matcher(t).find()) {
                    out.add(Finding.numbers("T-NOAPP", Severity.WARNING, "s3", RuleMessages.get("T-NOAPP.denied",
                            in.heading(s), t.strip(), in.heading("s3"), Numbers.plain(received)), received, BigDecimal.ZERO));
                    return;
                }
                Matcher m = CLAIM.matcher(t);
                if (received.signum() == 0 && m.find() && Texts.number(m.group(1)) > 0) {
                    BigDecimal claimed = BigDecimal.valueOf(Texts.number(m.group(1)));
                    out.add(Finding.numbers("T-NOAPP", Severity.WARNING, "s3", RuleMessages.get("T-NOAPP.claimed",
                            in.heading(s), m.group(), in.heading("s3")), BigDecimal.ZERO, claimed));
                    return;
                }
            }
        }
    }
}
