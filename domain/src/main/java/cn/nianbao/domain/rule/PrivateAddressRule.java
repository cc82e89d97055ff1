package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.content.ReportContent;

/**
 * SEC-ADDR: a private address down to the house — village + group / house number (富强村3组12号), compound +
 * building / unit / room (幸福小区5栋2单元301室), street number + room (人民路12号301室). A village, road or compound
 * named alone, and a street number without a room (an office's address), are public and no finding.
 */
final class PrivateAddressRule implements ReportRule {

    private static final String N = "(?:\\d+|[一二三四五六七八九十〇零两]+)";
    private static final String LEVELS = "(?:-?" + N + "(?:栋|幢|号楼|座|单元|楼|层|室|户|号)?)+";
    /** Each kind of address starts at a word found by a literal scan; its expression is then tried right there. */
    private record Kind(List<String> anchors, Pattern tail, boolean levelled, boolean afterStreetNumber) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(List.of("村"), Pattern.compile("村(?:第?" + N + "(?:村民小组|组|社|队|屯)(?:" + N + "号)?|\\d+号)"),
                    false, false),
            new Kind(List.of("小区", "花园", "公寓", "家园", "嘉园", "大厦", "新村", "家属院", "家属楼", "苑"),
                    Pattern.compile("(?:小区|花园|公寓|家园|嘉园|大厦|新村|家属院|家属楼|苑)(" + LEVELS + ")"), true, false),
            new Kind(List.of("路", "街", "巷", "胡同", "弄"),
                    Pattern.compile("(?:大街|路|街|巷|胡同|弄)\\d+号院?(" + LEVELS + ")"), true, true));
    /** Characters that end a place name when reading backwards from 村 / 路 / 小区 (the county, a verb, a particle). */
    private static final String NAME_STOPS = "乡镇县区市省住在于的是居址系为和与及本该全各每我其位到向从";
    private static final int LONGEST_NAME = 6;

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            String original = in.report().text(s);
            String text = in.normalisedText(s);
            List<int[]> spans = new ArrayList<>();
            for (Kind kind : KINDS) {
                collect(kind, text, spans);
            }
            // the longest of the addresses that start together (幸福新村5号楼2单元 is a compound, not a village)
            spans.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> -x[1]));
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

    /**
     * How much of a found address is public: the place named alone, up to and including its village, compound or
     * street word (富强村 of 富强村3组12号, 幸福小区 of 幸福小区5栋2单元301室); the rest points at a household.
     */
    static int publicPart(String address) {
        String text = Texts.normalise(address);
        int cut = -1;
        for (Kind kind : KINDS) {
            for (String anchor : kind.anchors()) {
                for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                    int end = at + anchor.length();
                    if (end < text.length() && startsNumber(text.charAt(end)) && (cut < 0 || end < cut)) {
                        cut = end;
                    }
                }
            }
        }
        return cut < 0 ? 0 : cut;
    }

    /** Adds the spans [name start, address end) of one kind of address. */
    private static void collect(Kind kind, String text, List<int[]> spans) {
        Matcher m = null;
        for (String anchor : kind.anchors()) {
            for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + anchor.length())) {
                if (at + anchor.length() >= text.length() || !startsNumber(text.charAt(at + anchor.length()))) {
                    continue;
                }
                m = m == null ? kind.tail().matcher(text) : m;
                m.region(at, text.length());
                if (!m.lookingAt() || kind.levelled() && !houseLevel(m.group(1), kind.afterStreetNumber())) {
                    continue;
                }
                int start = nameStart(text, at);
                if (start < at && !digitFollows(text, m.end())) {
                    spans.add(new int[] {start, m.end()});
                }
            }
        }
    }

    /** A cheap test before the expression: an address goes on with a number right after its anchor word. */
    private static boolean startsNumber(char c) {
        return Character.isDigit(c) || "一二三四五六七八九十〇零两第".indexOf(c) >= 0 || c == '-';
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
