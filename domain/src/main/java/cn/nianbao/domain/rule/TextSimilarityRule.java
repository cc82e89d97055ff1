package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.domain.content.ReportContent;


/**
 * Y-TEXT-SIM: a section that is 80% or more last year's text, or another unit's text of the same county and year
 * (雷同, the assessors' "重复率" finding). Against last year the similarity is the Dice coefficient of character
 * bigrams, ignoring white space and punctuation, so a changed year or a reordered sentence does not hide a copy.
 * Against the peers it is the Jaccard similarity of 3-grams estimated from their stored {@link SectionSketch}es,
 * because their texts are not loaded (and must not reach the message); the most similar peer is named. Short
 * texts are skipped: a one-line "本年度未收到…申请" is the same everywhere for good reason. One finding per section,
 * so its explanation key {@code Y-TEXT-SIM@s1} stays unique.
 */
final class TextSimilarityRule implements ReportRule {

    static final double THRESHOLD = 0.8;
    static final int MIN_CHARS = 60;

    /** Bit c of the table: {@code Character.isLetterOrDigit(c)} for each char c (8 KB). */
    private static final long[] LETTER_OR_DIGIT = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c)) {
                LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
            }
        }
    }

    @Override
    public void check(RuleInput in, List<Finding> out) {
        PreviousReport prev = in.context().previous().orElse(null);
        List<PeerReport> peers = in.context().peers();
        if (prev == null && peers.isEmpty()) {
            return;
        }
        for (String s : ReportContent.SECTION_KEYS) {
            String now = normalise(in.report().text(s));
            if (now.length() < MIN_CHARS) {
                continue;
            }
            double lastYear = prev == null ? 0 : lastYear(now, normalise(prev.content().text(s)));
            Peer peer = mostSimilarPeer(now, s, peers);
            boolean byYear = lastYear >= THRESHOLD;
            boolean byPeer = peer != null && peer.similarity() >= THRESHOLD;
            if (!byYear && !byPeer) {
                continue;
            }
            String message = byYear && byPeer
                    ? RuleMessages.get("Y-TEXT-SIM.yearAndPeer", in.heading(s), prev.content().year(), percent(lastYear),
                            peer.unitName(), percent(peer.similarity()))
                    : byYear ? RuleMessages.get("Y-TEXT-SIM", in.heading(s), prev.content().year(), percent(lastYear))
                    : RuleMessages.get("Y-TEXT-SIM.peer", in.heading(s), peer.unitName(), percent(peer.similarity()));
            double sim = Math.max(byYear ? lastYear : 0, byPeer ? peer.similarity() : 0);
            out.add(Finding.numbers("Y-TEXT-SIM", Severity.WARNING, s, message,
                    BigDecimal.valueOf(THRESHOLD), BigDecimal.valueOf(sim).setScale(2, RoundingMode.DOWN)));
        }
    }

    private static double lastYear(String now, String before) {
        return before.length() < MIN_CHARS ? 0 : dice(now, before);
    }

    private record Peer(String unitName, double similarity) {
    }

    /**
     * The peer whose same section is most like this one (the first of equals); the section ({@code text} already
     * normalised) is sketched only if some peer has one, and a peer that is identical ends the search.
     */
    private static Peer mostSimilarPeer(String text, String section, List<PeerReport> peers) {
        SectionSketch mine = null;
        Peer best = null;
        for (PeerReport p : peers) {
            SectionSketch theirs = p.sketches().get(section);
            if (theirs == null) {
                continue;
            }
            if (mine == null) {
                mine = SectionSketch.ofNormalised(text).orElse(null);
                if (mine == null) {
                    return null;
                }
            }
            double sim = mine.similarity(theirs);
            if (best == null || sim > best.similarity()) {
                best = new Peer(p.unitName(), sim);
                if (sim == 1.0) {
                    break;
                }
            }
        }
        return best;
    }

    private static int percent(double sim) {
        return (int) Math.floor(sim * 100);
    }

    /**
     * The text's letters and digits only. Runs several times per section on every validation, so the BMP's answer
     * of {@link Character#isLetterOrDigit} is looked up in a table made from it once; the rest (characters beyond
     * the BMP, unpaired surrogates) asks it directly, exactly as a walk over the code points would.
     */
    static String normalise(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                if ((LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0) {
                    out[n++] = c;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n += Character.toChars(cp, out, n);
            }
            i += Character.charCount(cp) - 1;
        }
        return new String(out, 0, n);
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
