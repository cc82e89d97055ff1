package cn.nianbao.domain.rule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.domain.content.ReportContent;


/**
 * SEC-ID: a 居民身份证号码 — 18 digits with a valid GB 11643 check digit; 18 digits whose check digit is wrong
 * but whose province code and birth date are real (a mistyped number still points at one person); or a 15-digit
 * first-generation number (province code, then a YYMMDD birth date).
 */
final class IdNumberRule implements ReportRule {

    /** What kind of identity number a run of digits is. */
    enum Kind {
        VALID("SEC-ID"), MISKEYED("SEC-ID.miskeyed"), FIRST_GENERATION("SEC-ID.firstGeneration");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** GB/T 2260 province codes, 71 台湾 and 81/82/83 港澳台居民居住证 included. */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final int OLDEST_BIRTH_YEAR = 1900;

    @Override
    public void check(RuleInput in, List<Finding> out) {
        int latestBirthYear = in.report().year();
        for (String s : ReportContent.SECTION_KEYS) {
            for (NumberRun run : in.numberRuns(s)) {
                Kind kind = kindOf(run.digits(), latestBirthYear);
                if (kind != null) {
                    out.add(Finding.match("SEC-ID", s, RuleMessages.get(kind.messageKey, in.heading(s), run.offset() + 1),
                            run.match(), run.offset()));
                }
            }
        }
    }

    /** The kind of ID number {@code d} is (digits, upper-case X), or null when it is none. */
    static Kind kindOf(String d, int latestBirthYear) {
        if (d.length() == 15 && allDigits(d, 15) && PROVINCES.contains(d.substring(0, 2))
                && isDate(1900 + number(d, 6, 8), number(d, 8, 10), number(d, 10, 12), latestBirthYear)) {
            return Kind.FIRST_GENERATION;
        }
        if (d.length() != 18 || !allDigits(d, 17) || !(Character.isDigit(d.charAt(17)) || d.charAt(17) == 'X')) {
            return null;
        }
        if (checkDigitValid(d)) {
            return d.charAt(0) == '0' ? null : Kind.VALID;
        }
        boolean real = PROVINCES.contains(d.substring(0, 2))
                && isDate(number(d, 6, 10), number(d, 10, 12), number(d, 12, 14), latestBirthYear);
        return real ? Kind.MISKEYED : null;
    }

    /** Whether an 18-digit run is an ID number of any kind (SEC-BANK leaves those to this rule). */
    static boolean isIdNumber(String d, int latestBirthYear) {
        return d.length() == 18 && kindOf(d, latestBirthYear) != null;
    }

    private static boolean checkDigitValid(String d) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (d.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == d.charAt(17);
    }

    private static boolean isDate(int year, int month, int day, int latestYear) {
        if (year < OLDEST_BIRTH_YEAR || year > latestYear) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean allDigits(String d, int count) {
        for (int i = 0; i < count; i++) {
            if (!Character.isDigit(d.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String d, int from, int to) {
        return Integer.parseInt(d, from, to, 10);
    }
}
