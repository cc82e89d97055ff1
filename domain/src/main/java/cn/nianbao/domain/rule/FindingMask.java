package cn.nianbao.domain.rule;

/**
 * The masked form of a confidentiality finding's match, as rules.md's masked forms look — and so no finding any
 * more: a name keeps its surname (王某某), an ID number its first 6 and last 4 digits (231222********4290), a
 * mobile number 3 and 4 (138****5678), a bank card 4 and 4 (6222 **** **** 1234), an address the place named alone
 * with the household part as ＊. A 密级 marking and a sensitive word become ＊ throughout. Digits are masked in
 * their ASCII form whatever the writer typed; the other forms keep the match's length, so later findings of the
 * same section keep their offsets.
 */
public final class FindingMask {

    private FindingMask() {
    }

    /** Whether a finding has a match that can be masked (the confidentiality findings). */
    public static boolean maskable(Finding f) {
        return f.match() != null && !f.match().isEmpty() && f.offset() != null && f.rule().startsWith("SEC-")
                && !f.rule().equals("SEC-EMPTY");
    }

    /** The masked form of {@code f.match()}. */
    public static String masked(Finding f) {
        String match = f.match();
        return switch (f.rule()) {
            case "SEC-NAME" -> match.substring(0, PersonNames.surnameLength(match)) + "某某";
            case "SEC-ID" -> keepEnds(digits(match), 6, 4);
            case "SEC-PHONE" -> {
                String d = digits(match);
                yield keepEnds(d.substring(Math.max(0, d.length() - 11)), 3, 4);
            }
            case "SEC-BANK" -> card(digits(match));
            case "SEC-ADDR" -> {
                int keep = PrivateAddressRule.publicPart(match);
                yield match.substring(0, keep) + "＊".repeat(match.length() - keep);
            }
            default -> "＊".repeat(match.length());
        };
    }

    private static String digits(String match) {
        return Texts.normalise(match).replaceAll("[^0-9Xx]", "").toUpperCase();
    }

    private static String keepEnds(String d, int head, int tail) {
        if (d.length() <= head + tail) {
            return "*".repeat(d.length());
        }
        return d.substring(0, head) + "*".repeat(d.length() - head - tail) + d.substring(d.length() - tail);
    }

    /** 6222 **** **** 1234: groups of four, the middle ones starred. */
    private static String card(String d) {
        StringBuilder b = new StringBuilder(d.substring(0, 4));
        int middle = d.length() - 8;
        for (int i = 0; i < middle; i += 4) {
            b.append(' ').append("*".repeat(Math.min(4, middle - i)));
        }
        return b.append(' ').append(d.substring(d.length() - 4)).toString();
    }
}
