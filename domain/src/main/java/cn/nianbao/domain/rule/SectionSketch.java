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

    static {
        long state = 0x6E69616E62616F00L; // "nianbao\0": any fixed seed does, as long as it never changes
        for (int i = 0; i < HASHES; i++) {
            state = splitMix(state);
            MULTIPLIERS[i] = state | 1;
            state = splitMix(state);
            OFFSETS[i] = state;
        }
    }

    private final int[] mins;

    private SectionSketch(int[] mins) {
        this.mins = mins;
    }

    /** The sketch of a section's text, or empty when it is too short to be a copy worth reporting. */
    public static Optional<SectionSketch> of(String text) {
        String t = TextSimilarityRule.normalise(text == null ? "" : text);
        if (t.length() < TextSimilarityRule.MIN_CHARS) {
            return Optional.empty();
        }
        int[] mins = new int[HASHES];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (int i = 0; i + 3 <= t.length(); i++) {
            long g = shingle(t.charAt(i), t.charAt(i + 1), t.charAt(i + 2));
            for (int h = 0; h < HASHES; h++) {
                // the high 31 bits of a multiply-add: a different permutation of the shingles for every h
                int v = (int) ((g * MULTIPLIERS[h] + OFFSETS[h]) >>> 33);
                if (v < mins[h]) {
                    mins[h] = v;
                }
            }
        }
        return Optional.of(new SectionSketch(mins));
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
