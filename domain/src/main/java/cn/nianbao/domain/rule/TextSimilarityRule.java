package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The Dice coefficient of the two texts' sets of character bigrams. A bigram is two chars in one int, and a
     * set a sorted array without repeats, so the common bigrams are counted by one merge — rather than a hash set
     * of two-char strings per text, which was a tenth of a full report's validation.
     */
    static double dice(String a, String b) {
        int[] x = bigrams(a);
        int[] y = bigrams(b);
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    /** The distinct bigrams of {@code s}, each as {@code first << 16 | second}, in ascending order. */
    private static int[] bigrams(String s) {
        if (s.length() < 2) {
            return new int[0];
        }
        int[] g = new int[s.length() - 1];
        for (int i = 0; i < g.length; i++) {
            g[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(g);
        int n = 1;
        for (int i = 1; i < g.length; i++) {
            if (g[i] != g[n - 1]) {
                g[n++] = g[i];
            }
        }
        return Arrays.copyOf(g, n);
    }
}
