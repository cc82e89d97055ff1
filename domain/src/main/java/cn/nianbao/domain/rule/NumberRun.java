package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of digits as people write ID and phone numbers: full-width or not, grouped with spaces or
 * hyphens, an X as the ID check digit, a +86 / 0086 prefix. A run touching another digit, a letter or
 * a mask star is part of something longer (or already masked) and is not offered.
 */
record NumberRun(String match, int offset, String digits) {

    private static final Pattern RUN = Pattern.compile("\\+?\\d(?:[ -]?\\d)*(?:[ -]?X)?", Pattern.CASE_INSENSITIVE);

    static List<NumberRun> find(String original) {
        String text = Texts.normalise(original);
        List<NumberRun> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            if (touches(text, m.start() - 1) || touches(text, m.end())) {
                continue;
            }
            String digits = m.group().replaceAll("[ +-]", "").toUpperCase();
            out.add(new NumberRun(original.substring(m.start(), m.end()), m.start(), digits));
        }
        return out;
    }

    private static boolean touches(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) && c < 0x2E80 || c == '*';
    }
}
