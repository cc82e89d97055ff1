package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.domain.content.ReportContent;


/**
 * Y-TEXT-SIM: a section that is 80% or more last year's text (雷同, the assessors' "重复率" finding).
 * Similarity is the Dice coefficient of character bigrams, ignoring white space and punctuation, so a
 * changed year or a reordered sentence does not hide a copy. Short texts are skipped: a one-line
 * "本年度未收到…申请" is the same every year for good reason.
 */
final class TextSimilarityRule implements ReportRule {

    static final double THRESHOLD = 0.8;
    private static final int MIN_CHARS = 60;

    @Override
    public void check(RuleInput in, List<Finding> out) {
        PreviousReport prev = in.context().previous().orElse(null);
        if (prev == null) {
            return;
        }
        for (String s : ReportContent.SECTION_KEYS) {
            String now = normalise(in.report().text(s));
            String before = normalise(prev.content().text(s));
            if (now.length() < MIN_CHARS || before.length() < MIN_CHARS) {
                continue;
            }
            double sim = dice(now, before);
            if (sim >= THRESHOLD) {
                int percent = (int) Math.floor(sim * 100);
                out.add(Finding.numbers("Y-TEXT-SIM", Severity.WARNING, s, RuleMessages.get("Y-TEXT-SIM", in.heading(s),
                        prev.content().year(), percent),
                        BigDecimal.valueOf(THRESHOLD), BigDecimal.valueOf(sim).setScale(2, RoundingMode.DOWN)));
            }
        }
    }

    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
