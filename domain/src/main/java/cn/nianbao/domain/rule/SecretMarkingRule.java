package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.content.ReportContent;


/**
 * SEC-MARK: 密级 markings (秘密★, ★机密, 机密级, 【绝密】, a line of its own) and 内部资料 / 不宜公开.
 * Prose that names a kind of secret — 国家秘密, 商业秘密, 保守国家秘密法, 保密审查 — is no marking:
 * the words only count with the star, 级, brackets or a line of their own that make a marking.
 * Written as a scan from each occurrence of the level words rather than one large regular expression,
 * because validation runs on every keystroke.
 */
final class SecretMarkingRule implements ReportRule {

    private static final List<String> LEVELS = List.of("绝密", "机密", "秘密");
    private static final List<String> ALWAYS = List.of("内部资料", "不宜公开");
    private static final List<String> PROSE_BEFORE = List.of("国家", "商业", "工作", "个人", "技术", "军事");
    private static final String STARS = "★☆*";
    private static final String OPEN = "【[［〔(（";
    private static final String CLOSE = "】]］〕)）";

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            String original = in.report().text(s);
            String text = in.normalisedText(s);
            List<int[]> found = new java.util.ArrayList<>();
            for (String level : LEVELS) {
                for (int at = text.indexOf(level); at >= 0; at = text.indexOf(level, at + level.length())) {
                    int[] span = marking(text, at, at + level.length());
                    if (span != null) {
                        found.add(span);
                    }
                }
            }
            for (String word : ALWAYS) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                    found.add(new int[] {at, at + word.length()});
                }
            }
            found.sort(java.util.Comparator.comparingInt(x -> x[0]));
            for (int[] span : found) {
                String match = original.substring(span[0], span[1]);
                out.add(Finding.match("SEC-MARK", s, RuleMessages.get("SEC-MARK", in.heading(s), match), match, span[0]));
            }
        }
    }

    /** The span of the marking around a level word at [start, end), or null when it is prose. */
    private static int[] marking(String t, int start, int end) {
        int after = skipSpaces(t, end);
        int before = start - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        if (after < t.length() && STARS.indexOf(t.charAt(after)) >= 0) {
            int stop = after + 1;
            int digits = skipSpaces(t, stop);
            int d = digits;
            while (d < t.length() && Character.isDigit(t.charAt(d))) {
                d++;
            }
            if (d > digits) {
                int unit = skipSpaces(t, d);
                if (t.startsWith("个月", unit)) {
                    stop = unit + 2;
                } else if (t.startsWith("年", unit) || t.startsWith("月", unit)) {
                    stop = unit + 1;
                }
            }
            return new int[] {start, stop};
        }
        if (before >= 0 && STARS.indexOf(t.charAt(before)) >= 0) {
            return new int[] {before, end};
        }
        if (after < t.length() && t.charAt(after) == '级' && PROSE_BEFORE.stream().noneMatch(p -> t.startsWith(p, start - p.length()))) {
            return new int[] {start, after + 1};
        }
        if (before >= 0 && after < t.length() && OPEN.indexOf(t.charAt(before)) >= 0 && CLOSE.indexOf(t.charAt(after)) >= 0) {
            return new int[] {before, after + 1};
        }
        boolean lineStart = before < 0 || t.charAt(before) == '\n';
        boolean lineEnd = after >= t.length() || t.charAt(after) == '\n';
        if (lineStart && lineEnd) {
            return new int[] {start, end};
        }
        return null;
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
