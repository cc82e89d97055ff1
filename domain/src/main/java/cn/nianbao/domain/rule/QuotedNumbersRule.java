package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.S3Matrix;

/**
 * T-NUM: a number the prose quotes for applications, outcomes or cases must be the table's number.
 * A text that claims applications against a table of none is T-NOAPP's finding, not this one's.
 */
final class QuotedNumbersRule implements ReportRule {

    /**
     * A quote to look for; {@code anchor} is a word it must contain, checked before the expression runs; {@code whatKey}
     * names the table figure in the bundle ({@code T-NUM.<whatKey>}).
     */
    private record Quote(String anchor, Pattern pattern, String whatKey, Function<RuleInput, BigDecimal> table, boolean zeroIsNoApp) {
    }

    private static final String N = Texts.NUMBER + "\\s*(件|个|条|次|份|起)";
    private static final String GAP = "[^。；，,0-9]{0,8}?";

    private static final List<Quote> QUOTES = List.of(
            new Quote("收到", NoApplicationsTextRule.CLAIM, "new_received",
                    in -> in.s3(S3Matrix.NEW_RECEIVED, S3Matrix.TOTAL_COLUMN), true),
            new Quote("上年结转", Pattern.compile("上年结转" + GAP + N), "carried_over",
                    in -> in.s3(S3Matrix.CARRIED_OVER, S3Matrix.TOTAL_COLUMN), false),
            new Quote("结转下", Pattern.compile("结转下一?年度?" + GAP + N), "carried_forward",
                    in -> in.s3(S3Matrix.CARRIED_FORWARD, S3Matrix.TOTAL_COLUMN), false),
            new Quote("办结", Pattern.compile("(?<!未)办结" + GAP + N), "result_total",
                    in -> in.s3(S3Matrix.RESULT_TOTAL, S3Matrix.TOTAL_COLUMN), false),
            new Quote("予以公开", Pattern.compile("(?<!部分)予以公开" + GAP + N), "granted",
                    in -> in.s3("granted", S3Matrix.TOTAL_COLUMN), false),
            new Quote("部分公开", Pattern.compile("部分公开" + GAP + N), "partial",
                    in -> in.s3("partial", S3Matrix.TOTAL_COLUMN), false),
            new Quote("行政复议", Pattern.compile("行政复议(案件)?" + GAP + N), "review", CaseCounts::review, false),
            new Quote("行政诉讼", Pattern.compile("行政诉讼(案件)?" + GAP + N), "litigation", CaseCounts::litigation, false));

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            String text = in.normalisedText(s);
            for (Quote q : QUOTES) {
                if (!text.contains(q.anchor())) {
                    continue;
                }
                Matcher m = q.pattern().matcher(text);
                while (m.find()) {
                    String digits = lastNumber(m);
                    long quoted = Texts.number(digits);
                    if (quoted < 0) {
                        continue;
                    }
                    BigDecimal table = q.table().apply(in);
                    if (q.zeroIsNoApp() && table.signum() == 0) {
                        continue;
                    }
                    if (table.compareTo(BigDecimal.valueOf(quoted)) != 0) {
                        out.add(new Finding("T-NUM", Severity.WARNING, s, RuleMessages.get("T-NUM", in.heading(s), m.group(),
                                RuleMessages.get("T-NUM." + q.whatKey()), Numbers.plain(table)),
                                table, BigDecimal.valueOf(quoted), m.group(), m.start()));
                    }
                }
            }
        }
    }

    private static String lastNumber(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            String v = m.group(g);
            if (v != null && Texts.number(v) >= 0) {
                return v;
            }
        }
        return "";
    }
}
