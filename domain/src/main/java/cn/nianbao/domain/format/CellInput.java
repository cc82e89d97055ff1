package cn.nianbao.domain.format;

import java.math.BigDecimal;

/**
 * A number as a person writes it into a cell, typed in the editor, pasted from a spreadsheet or read from a text
 * cell of a workbook: a Chinese input method often gives full-width digits (１２), a full-width point (．) or minus
 * (－), thousands separators and spaces; they mean the ordinary number. One reading for every way in, so that a
 * value the editor takes is taken from a workbook too.
 */
public final class CellInput {

    /** What was written, made plain; {@code value} is null when it is blank; {@code accepted} says whether the cell takes it. */
    public record Reading(String plain, BigDecimal value, boolean accepted) {

        public boolean blank() {
            return plain.isEmpty();
        }
    }

    private CellInput() {
    }

    /** Full-width digits, point and minus become ordinary ones; separators and spaces go. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(typed.length());
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '－' || c == '—' || c == '−') {
                b.append('-');
            } else if (c == '＋') {
                b.append('+');
            } else if (c == '，' || c == ',' || c == '\u3000' || c == ' ' || c == '\u00a0' || c == '\t') {
                // thousands separators and spaces carry no value
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Reads what was written against the kind of number the cell holds. */
    public static Reading read(String written, CellType type) {
        String plain = normalize(written);
        if (plain.isEmpty()) {
            return new Reading(plain, null, true);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return new Reading(plain, null, false);
        }
        return new Reading(plain, value, type.accepts(value));
    }

    /** A number read from a spreadsheet's numeric cell, in its shortest decimal form (3 rather than 3.0). */
    public static Reading read(double number, CellType type) {
        BigDecimal value = BigDecimal.valueOf(number);
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new Reading(value.toPlainString(), value, type.accepts(value));
    }
}
