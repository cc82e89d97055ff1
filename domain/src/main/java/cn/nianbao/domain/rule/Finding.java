package cn.nianbao.domain.rule;

import java.math.BigDecimal;

/**
 * One problem found in a report. {@code expected}/{@code actual} are set for arithmetic rules,
 * {@code match}/{@code offset} for the confidentiality rules (one finding per occurrence).
 */
public record Finding(String rule, Severity severity, String at, String message, BigDecimal expected,
                      BigDecimal actual, String match, Integer offset) {

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

    /** The key a submitter's explanation of this warning is filed under: {@code <rule>@<at>}. */
    public String explanationKey() {
        return rule + "@" + at;
    }

    /** The key a 保密审查 clearance is filed under: one per occurrence, {@code <rule>@<at>#<offset>}. */
    public String clearanceKey() {
        return rule + "@" + at + "#" + (offset == null ? 0 : offset);
    }
}
