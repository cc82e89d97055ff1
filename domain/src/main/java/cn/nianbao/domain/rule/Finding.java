package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

/**
 * One problem found in a report. {@code expected}/{@code actual} are set for arithmetic rules,
 * {@code match}/{@code offset} for the confidentiality rules (one finding per occurrence). {@code cells} are the
 * cell keys the locator {@code at} points at, resolved against the report's format by {@link ReportValidator}
 * (empty for a section's text, the format choice or the whole report), so that the editor and the API need not
 * know how a locator maps to cells.
 */
public record Finding(String rule, Severity severity, String at, String message, BigDecimal expected,
                      BigDecimal actual, String match, Integer offset, List<String> cells) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A finding whose cells are not resolved yet (the validator fills them in). */
    public Finding(String rule, Severity severity, String at, String message, BigDecimal expected,
                   BigDecimal actual, String match, Integer offset) {
        this(rule, severity, at, message, expected, actual, match, offset, List.of());
    }

    public static Finding of(String rule, Severity severity, String at, String message) {
        return new Finding(rule, severity, at, message, null, null, null, null);
    }

    public static Finding numbers(String rule, Severity severity, String at, String message,
                                  BigDecimal expected, BigDecimal actual) {
        return new Finding(rule, severity, at, message, expected, actual, null, null);
    }

    public static Finding match(String rule, String at, String message, String match, int offset) {
        return new Finding(rule, Severity.REVIEW, at, message, null, null, match, offset);
    }

    /** The same finding pointing at {@code cellKeys}. */
    public Finding withCells(List<String> cellKeys) {
        return new Finding(rule, severity, at, message, expected, actual, match, offset, cellKeys);
    }

    /** The rule that finds blank cells, one finding per table: explained once for the whole report. */
    public static final String BLANK_CELLS = "CELL-BLANK";

    public boolean aboutBlankCells() {
        return BLANK_CELLS.equals(rule);
    }

    /** The key a submitter's explanation of this warning is filed under: {@code <rule>@<at>}. */
    public String explanationKey() {
        return rule + "@" + at;
    }

    /**
     * What the finding says about the report, independent of the language of its message: the rule, where, the
     * numbers, the matched text and the cells (for CELL-BLANK the blank cells themselves). Two findings with the
     * same fingerprint are the same finding of an unchanged report part, so an explanation given for one holds for
     * the other; a SHA-256, hex.
     */
    public String fingerprint() {
        String substance = String.join("|", rule, String.valueOf(at), plain(expected), plain(actual),
                String.valueOf(match), String.join(",", cells));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(substance.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** The key a 保密审查 clearance is filed under: one per occurrence, {@code <rule>@<at>#<offset>}. */
    public String clearanceKey() {
        return rule + "@" + at + "#" + (offset == null ? 0 : offset);
    }
}
