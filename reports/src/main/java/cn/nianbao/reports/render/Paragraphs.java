package cn.nianbao.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a section's text into paragraphs (separated by blank lines; line breaks inside one kept) and remembers,
 * for every character of a paragraph, where it stood in the stored text, so marks given by offsets in the stored
 * text land on exactly those characters.
 */
final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\s*\\r?\\n");

    /** One paragraph, and the marked stretches as [start, end) pairs of its own characters. */
    record Paragraph(String text, List<int[]> marks) {
    }

    private Paragraphs() {
    }

    static List<Paragraph> of(String text, List<TextMark> marks) {
        List<Paragraph> out = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            add(out, text, from, m.start(), marks);
            from = m.end();
        }
        add(out, text, from, text.length(), marks);
        return out;
    }

    private static void add(List<Paragraph> out, String text, int start, int end, List<TextMark> marks) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        StringBuilder b = new StringBuilder(end - start);
        List<Integer> origin = new ArrayList<>(end - start);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                boolean newline = false;
                while (j < end && Character.isWhitespace(text.charAt(j))) {
                    newline |= text.charAt(j) == '\n';
                    j++;
                }
                if (newline) {
                    b.append('\n');
                    origin.add(i);
                    i = j;
                    continue;
                }
            }
            b.append(c);
            origin.add(i);
            i++;
        }
        List<int[]> local = new ArrayList<>();
        for (TextMark mark : marks) {
            int ms = mark.offset();
            int me = mark.offset() + mark.length();
            int s = -1;
            for (int k = 0; k <= origin.size(); k++) {
                boolean inside = k < origin.size() && origin.get(k) >= ms && origin.get(k) < me;
                if (inside && s < 0) {
                    s = k;
                } else if (!inside && s >= 0) {
                    local.add(new int[] {s, k});
                    s = -1;
                }
            }
        }
        local.sort((x, y) -> Integer.compare(x[0], y[0]));
        out.add(new Paragraph(b.toString(), local));
    }
}
