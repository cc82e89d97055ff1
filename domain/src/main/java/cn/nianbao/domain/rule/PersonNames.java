package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Natural persons' names in report prose. HanLP's name recognition proposes them; context sharpens it — after
 * 申请人, 村民, 经办人 … a surname starts a name even where HanLP hesitates — and the exclusions of rules.md
 * remove what is no private name: masked names (王某, 李某某, 张**), officials named with their office (乡长张伟),
 * places built on surnames (张家村, 兰河乡), ordinary words that start with a surname character (高度, 周末, 公信力).
 * <p>
 * Speed: segmenting all prose costs about half a microsecond a character, too much for a check that runs on every
 * keystroke. Only the stretches of Chinese characters that hold a possible surname — one not inside an ordinary
 * word of HanLP's core dictionary — are segmented; in the seed report that is a tenth of the text.
 */
final class PersonNames {

    /** A name and its character offset in the text. */
    record Name(String text, int offset) {
    }

    private static final List<String> CUES_BEFORE = List.of("申请人", "申请者", "村民", "居民", "农户", "户主",
            "群众", "经办人", "当事人", "联系人", "委托人", "代理人", "原告", "被告", "第三人", "信访人", "来访人",
            "举报人", "投诉人", "反映人", "贫困户", "低保户", "五保户", "老人");
    private static final List<String> CUES_AFTER = List.of("反映", "来信", "来访", "来电", "申请", "诉称", "不服",
            "同志", "先生", "女士", "老人", "夫妇", "等人", "一家", "家属", "户");
    /** Public offices: a name right after one is an official acting in office, which is public. */
    private static final List<String> TITLES = List.of("书记", "主任", "主席", "委员", "常委", "乡长", "镇长", "县长",
            "市长", "区长", "省长", "局长", "处长", "科长", "股长", "站长", "所长", "部长", "厅长", "村长", "组长",
            "队长", "院长", "庭长", "社长", "行长", "校长", "秘书长", "干事", "专干", "政委", "科员", "支书", "法官",
            "检察官", "审判员", "民警", "警官", "主任科员", "调研员", "巡视员", "专员");
    /** After a name these make it a public reference: 习近平新时代中国特色社会主义思想, 习近平总书记, 邓小平理论. */
    private static final List<String> PUBLIC_AFTER = List.of("总书记", "思想", "理论", "新时代", "同志为核心");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "令狐", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "呼延", "万俟");
    /** After a masked surname: 王某, 张**, 李××, 赵XX. */
    private static final String MASKS = "某*＊×xX○〇";
    /** A place name built on a surname ends in one of these (张家村, 王家屯, 兰河乡). */
    private static final String PLACE_SUFFIXES = "村屯庄乡镇县寨堡营店铺集沟湾岭坡洼坨窝棚甸";
    /** Before a surname character these make it a measure word or a count (一项, 第二项, 各方). */
    private static final String NUMERALS = "一二三四五六七八九十两几每各多第数百千万";
    /** Characters that do not occur in a given name picked up after a cue word: particles, prepositions. */
    private static final String NOT_IN_GIVEN_NAME = "的了与及或在是把被将从向于等并也都就要说称系对";

    private PersonNames() {
    }

    /**
     * HanLP's dictionaries take a second or more to load and keep some 45 MB of heap: once per JVM, on the first
     * validation of a Chinese text, and then shared by every thread (a HanLP segmenter keeps no state between calls).
     */
    private static final class Dictionaries {
        // the custom dictionary doubles segmentation time and adds no person names; names need no places or numbers
        static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true).enableOffset(true)
                .enableCustomDictionary(false).enablePlaceRecognize(false).enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
        static final boolean[] SURNAME = surnames();

        private static boolean[] surnames() {
            boolean[] out = new boolean[Character.MAX_VALUE + 1];
            for (char c = 0x4E00; c <= 0x9FFF; c++) {
                var item = PersonDictionary.dictionary.get(String.valueOf(c));
                out[c] = item != null && item.containsLabel(NR.B);
            }
            return out;
        }
    }

    static List<Name> find(String text) {
        List<Name> out = new ArrayList<>();
        char[] t = text.toCharArray();
        int i = 0;
        while (i < t.length) {
            if (!isHan(t[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < t.length && isHan(t[i])) {
                i++;
            }
            findInRun(text, t, start, i, out);
        }
        // within a run, names after cue words are added after HanLP's own
        out.sort(Comparator.comparingInt(Name::offset));
        return out;
    }

    /** Names inside one stretch [start, end) of Chinese characters (names never cross punctuation or digits). */
    private static void findInRun(String text, char[] t, int start, int end, List<Name> out) {
        boolean[] candidate = new boolean[end - start];
        boolean any = false;
        for (int k = start; k < end; k++) {
            candidate[k - start] = Dictionaries.SURNAME[t[k]] && !(k > start && NUMERALS.indexOf(t[k - 1]) >= 0)
                    && !insideOrdinaryWord(t, start, end, k);
            any |= candidate[k - start];
        }
        if (!any) {
            return;
        }
        List<Term> terms = Dictionaries.SEGMENT.seg(text.substring(start, end));
        boolean[] boundary = new boolean[end - start + 1];
        boundary[end - start] = true;
        for (Term term : terms) {
            boundary[term.offset + term.length()] = true;
        }
        int covered = start;
        for (Term term : terms) {
            int a = start + term.offset;
            int b = a + term.length();
            if (term.nature != Nature.nr || a < covered || !candidate[a - start] || term.length() < 2
                    || term.length() > 4) {
                continue;
            }
            // HanLP cuts 欧阳明辉 as 欧阳明 + 辉: a compound surname takes a two-character given name too
            if (compound(t, a) && term.length() == 3 && givenNameChar(t, b, end) && boundary[b + 1 - start]) {
                b++;
            }
            if (b - a == 2 && !cueBefore(text, a) && !cueAfter(text, b)) {
                continue;
            }
            if (!excluded(text, t, a, b)) {
                out.add(new Name(text.substring(a, b), a));
                covered = b;
            }
        }
        // names HanLP did not tag, right after a cue word: the surname and one or two characters up to a word boundary
        for (int k = start; k < end; k++) {
            if (!candidate[k - start] || !cueBefore(text, k) || alreadyFound(out, k)) {
                continue;
            }
            int surname = compound(t, k) ? 2 : 1;
            for (int length = surname + 2; length > surname; length--) {
                int b = k + length;
                if (b <= end && boundary[b - start] && givenName(t, k + surname, b) && !excluded(text, t, k, b)) {
                    out.add(new Name(text.substring(k, b), k));
                    break;
                }
            }
        }
    }

    private static boolean alreadyFound(List<Name> names, int k) {
        for (Name n : names) {
            if (k >= n.offset() && k < n.offset() + n.text().length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(String text, char[] t, int a, int b) {
        String name = text.substring(a, b);
        boolean masked = name.indexOf('某') >= 0 || b < t.length && MASKS.indexOf(t[b]) >= 0;
        boolean place = PLACE_SUFFIXES.indexOf(t[b - 1]) >= 0 || b < t.length && PLACE_SUFFIXES.indexOf(t[b]) >= 0;
        return masked || place || afterTitle(text, a) || publicAfter(text, b) || ordinaryWord(name);
    }

    /** Whether the surname character at {@code k} belongs to an ordinary word of the core dictionary (程序, 一项, 公开). */
    private static boolean insideOrdinaryWord(char[] t, int start, int end, int k) {
        for (int from = Math.max(start, k - 3); from <= k; from++) {
            for (int to = Math.max(from + 2, k + 1); to <= Math.min(end, from + 4); to++) {
                if (coreOrdinary(t, from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word of the core dictionary that is mostly not a name (程序 is a name once in HanLP's corpus, a noun 46 times). */
    private static boolean coreOrdinary(char[] t, int from, int to) {
        int id = CoreDictionary.trie.exactMatchSearch(t, from, to, 0);
        if (id < 0) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.trie.getValueAt(id);
        return a.getNatureFrequency(Nature.nr) * 2 < a.totalFrequency;
    }

    /** A whole candidate that HanLP's dictionaries know as something else (公信力, 惠民, 高峰). */
    private static boolean ordinaryWord(String name) {
        char[] c = name.toCharArray();
        if (coreOrdinary(c, 0, c.length)) {
            return true;
        }
        CoreDictionary.Attribute custom = CustomDictionary.get(name);
        return custom != null && !custom.hasNatureStartsWith("nr");
    }

    /** An office right before the name, a colon between allowed (组长：张伟). */
    private static boolean afterTitle(String text, int a) {
        int end = skipColonBefore(text, a);
        for (String title : TITLES) {
            if (text.startsWith(title, end - title.length())) {
                return true;
            }
        }
        return false;
    }

    /** An office after the name (张伟乡长, 张伟（乡长）) or a doctrine named after a leader (习近平新时代…思想). */
    private static boolean publicAfter(String text, int b) {
        int from = b < text.length() && (text.charAt(b) == '（' || text.charAt(b) == '(') ? b + 1 : b;
        for (String title : TITLES) {
            if (text.startsWith(title, from) || text.startsWith("副" + title, from)) {
                return true;
            }
        }
        for (String word : PUBLIC_AFTER) {
            if (text.startsWith(word, b)) {
                return true;
            }
        }
        return false;
    }

    /** A cue word right before {@code a}, a colon between allowed (申请人：李建国). */
    private static boolean cueBefore(String text, int a) {
        int end = skipColonBefore(text, a);
        for (String cue : CUES_BEFORE) {
            if (text.startsWith(cue, end - cue.length())) {
                return true;
            }
        }
        return false;
    }

    private static int skipColonBefore(String text, int a) {
        return a > 0 && (text.charAt(a - 1) == '：' || text.charAt(a - 1) == ':') ? a - 1 : a;
    }

    private static boolean cueAfter(String text, int b) {
        for (String cue : CUES_AFTER) {
            if (text.startsWith(cue, b)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of a found name are its surname: 2 for 欧阳明辉, 1 for 王小明. */
    static int surnameLength(String name) {
        return name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
    }

    private static boolean compound(char[] t, int a) {
        return a + 1 < t.length && COMPOUND_SURNAMES.contains(new String(t, a, 2));
    }

    private static boolean givenName(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!givenNameChar(t, i, t.length)) {
                return false;
            }
        }
        return true;
    }

    private static boolean givenNameChar(char[] t, int i, int end) {
        return i < end && isHan(t[i]) && NOT_IN_GIVEN_NAME.indexOf(t[i]) < 0 && MASKS.indexOf(t[i]) < 0;
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
