package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.report.ReportContent;

/**
 * SEC-ADDR: a private address down to the house — village + group / house number (富强村3组12号), compound +
 * building / unit / room (幸福小区5栋2单元301室), street number + room (人民路12号301室). A village, road or compound
 * named alone, and a street number without a room (an office's address), are public and no finding.
 */
final class PrivateAddressRule implements ReportRule {

    private static final String N = "(?:\\d+|[一二三四五六七八九十〇零两]+)";
    private static final String LEVELS = "(?:-?" + N + "(?:栋|幢|号楼|座|单元|楼|层|室|户|号)?)+";
    private static final Pattern VILLAGE = Pattern.compile("村(?:第?" + N + "(?:村民小组|组|社|队|屯)(?:" + N + "号)?|\\d+号)");
    private static final Pattern COMPOUND = Pattern.compile(
            "(?:小区|花园|公寓|家园|嘉园|大厦|新村|家属院|家属楼|名苑|苑)(" + LEVELS + ")");
    private static final Pattern STREET = Pattern.compile("(?:大街|路|街|巷|胡同|弄)\\d+号院?(" + LEVELS + ")");
    /** Characters that end a place name when reading backwards from 村 / 路 / 小区 (the county, a verb, a particle). */
    private static final String NAME_STOPS = "乡镇县区市省住在于的是居址系为和与及本该全各每我其位到向从";
    private static final int LONGEST_NAME = 6;

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            String original = in.report().text(s);
            String text = in.normalisedText(s);
            List<int[]> spans = new ArrayList<>();
            if (text.indexOf('村') >= 0) {
                collect(VILLAGE, text, spans, false);
            }
            collect(COMPOUND, text, spans, true);
            if (text.indexOf('号') >= 0) {
                collect(STREET, text, spans, true);
            }
            spans.sort(Comparator.comparingInt(x -> x[0]));
            int end = -1;
            for (int[] span : spans) {
                if (span[0] < end) {
                    continue;
                }
                end = span[1];
                String match = original.substring(span[0], span[1]);
                out.add(Finding.match("SEC-ADDR", s, RuleMessages.get("SEC-ADDR", in.heading(s), match, span[0] + 1),
                        match, span[0]));
            }
        }
    }

    /** Adds the spans [name start, match end) of {@code p}; {@code levelled}: group 1 must reach a house or room. */
    private static void collect(Pattern p, String text, List<int[]> spans, boolean levelled) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (levelled && !houseLevel(m.group(1), p == STREET)) {
                continue;
            }
            int start = nameStart(text, m.start());
            if (start < m.start() && !digitFollows(text, m.end())) {
                spans.add(new int[] {start, m.end()});
            }
        }
    }

    /**
     * A building alone is many households; a room, or two levels (building and unit), is one. After a street
     * number only a room, a unit or a hyphenated room makes it private: "12号3楼" is an office's floor.
     */
    private static boolean houseLevel(String levels, boolean afterStreetNumber) {
        boolean room = levels.contains("室") || levels.contains("户");
        if (afterStreetNumber) {
            return room || levels.contains("单元") || levels.startsWith("-");
        }
        return room || numbers(levels) >= 2;
    }

    private static int numbers(String levels) {
        int count = 0;
        boolean inNumber = false;
        for (int i = 0; i < levels.length(); i++) {
            boolean digit = Character.isDigit(levels.charAt(i)) || "一二三四五六七八九十〇零两".indexOf(levels.charAt(i)) >= 0;
            if (digit && !inNumber) {
                count++;
            }
            inNumber = digit;
        }
        return count;
    }

    private static int nameStart(String text, int suffix) {
        int i = suffix;
        while (i > 0 && suffix - i < LONGEST_NAME && isNameChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return c >= 0x4E00 && c <= 0x9FFF && NAME_STOPS.indexOf(c) < 0;
    }

    private static boolean digitFollows(String text, int end) {
        return end < text.length() && Character.isDigit(text.charAt(end));
    }
}
