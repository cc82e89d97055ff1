package cn.nianbao.domain.rule;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;

/**
 * A MinHash sketch of a section's text: for each of {@link #HASHES} hash functions, the least hash over the text's
 * character 3-grams (after {@link TextSimilarityRule#normalise}). The share of positions where two sketches agree
 * estimates the Jaccard similarity of the two texts' 3-gram sets, so a section can be compared with every peer's
 * same section without loading their texts, and a stored sketch does not give the text back.
 * <p>
 * The hash functions are fixed forever by the constants below: sketches are stored, and one made with other
 * constants would compare as noise. {@link #encoded()} carries a version prefix so that a future change is detected
 * instead of compared.
 */
public final class SectionSketch {

    public static final int HASHES = 128;
    private static final String VERSION = "m1:";
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] OFFSETS = new long[HASHES];
    /** {@code OFFSETS} with the top bit flipped: see {@link #ofNormalised}. */
    private static final long[] FLIPPED_OFFSETS = new long[HASHES];

    static {
        long state = 0x6E69616E62616F00L; // "nianbao\0": any fixed seed does, as long as it never changes
        for (int i = 0; i < HASHES; i++) {
            state = splitMix(state);
            MULTIPLIERS[i] = state | 1;
            state = splitMix(state);
            OFFSETS[i] = state;
            FLIPPED_OFFSETS[i] = state ^ Long.MIN_VALUE;
        }
    }

    private final int[] mins;

    private SectionSketch(int[] mins) {
        this.mins = mins;
    }

    /** The sketch of a section's text, or empty when it is too short to be a copy worth reporting. */
    public static Optional<SectionSketch> of(String text) {
        return ofNormalised(TextSimilarityRule.normalise(text == null ? "" : text));
    }

    /**
     * The sketch of a text already passed through {@link TextSimilarityRule#normalise}. The minima are those of the
     * definition — per hash function h, the least {@code (int) ((g * MULTIPLIERS[h] + OFFSETS[h]) >>> 33)} over the
     * shingles g — computed the cheap way, because Y-TEXT-SIM sketches every long section on every validation:
     * <ul>
     * <li>The shift is monotone, so the least of the shifted values is the shifted least of the unshifted sums
     *     compared as unsigned numbers; flipping the top bit of the offset (adding 2^63) turns that unsigned
     *     comparison into the signed one {@code Math.min} makes. The inner loop is a multiply, an add and a min.</li>
     * <li>The shingles are hashed once into an array, and four hash functions walk it together: each shingle is
     *     read once per four functions and the four minima are independent, so the processor overlaps them.</li>
     * </ul>
     * {@code SectionSketchTest} pins the result to the sketches of the first, direct computation.
     */
    static Optional<SectionSketch> ofNormalised(String t) {
        if (t.length() < TextSimilarityRule.MIN_CHARS) {
            return Optional.empty();
        }
        int n = t.length() - 2;
        long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingle(t.charAt(i), t.charAt(i + 1), t.charAt(i + 2));
        }
        int[] mins = new int[HASHES];
        for (int h = 0; h < HASHES; h += 4) {
            long m0 = MULTIPLIERS[h], m1 = MULTIPLIERS[h + 1], m2 = MULTIPLIERS[h + 2], m3 = MULTIPLIERS[h + 3];
            long o0 = FLIPPED_OFFSETS[h], o1 = FLIPPED_OFFSETS[h + 1], o2 = FLIPPED_OFFSETS[h + 2], o3 = FLIPPED_OFFSETS[h + 3];
            long l0 = Long.MAX_VALUE, l1 = Long.MAX_VALUE, l2 = Long.MAX_VALUE, l3 = Long.MAX_VALUE;
            for (long g : shingles) {
                l0 = Math.min(l0, g * m0 + o0);
                l1 = Math.min(l1, g * m1 + o1);
                l2 = Math.min(l2, g * m2 + o2);
                l3 = Math.min(l3, g * m3 + o3);
            }
            mins[h] = unflipped(l0);
            mins[h + 1] = unflipped(l1);
            mins[h + 2] = unflipped(l2);
            mins[h + 3] = unflipped(l3);
        }
        return Optional.of(new SectionSketch(mins));
    }

    /** The high 31 bits of the unsigned sum whose top bit was flipped. */
    private static int unflipped(long least) {
        return (int) ((least ^ Long.MIN_VALUE) >>> 33);
    }

    /** The estimated Jaccard similarity of the two texts' 3-gram sets, 0 … 1. */
    public double similarity(SectionSketch other) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (mins[h] == other.mins[h]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The sketch as stored: a version prefix and the minima in Base64. */
    public String encoded() {
        ByteBuffer b = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int m : mins) {
            b.putInt(m);
        }
        return VERSION + Base64.getEncoder().withoutPadding().encodeToString(b.array());
    }

    /** A stored sketch, or empty when it was made another way (it would compare as noise). */
    public static Optional<SectionSketch> decode(String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != HASHES * Integer.BYTES) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] mins = new int[HASHES];
        for (int h = 0; h < HASHES; h++) {
            mins[h] = b.getInt();
        }
        return Optional.of(new SectionSketch(mins));
    }

    /** Three characters as one well-mixed 64-bit number (Java's own string hash would cluster). */
    private static long shingle(char a, char b, char c) {
        return splitMix(((long) a << 32) | ((long) b << 16) | c);
    }

    private static long splitMix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
