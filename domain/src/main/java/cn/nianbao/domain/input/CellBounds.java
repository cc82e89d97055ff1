package cn.nianbao.domain.input;

import java.math.BigDecimal;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * The numbers a cell can hold exactly: at most 10^12 in magnitude (a count or an amount of a township or a
 * province; the column, numeric(18, 4), would take 10^14) with at most four decimals. Anything else would be
 * rounded or overflow when stored, so it is refused, never changed: 0.00004 is not 0.
 */
public final class CellBounds {

    public static final BigDecimal MAX = BigDecimal.TEN.pow(12);
    public static final int MAX_DECIMALS = 4;

    private static final Messages TEXT = Messages.of("input");

    private CellBounds() {
    }

    /** Whether the value is stored exactly as it is. */
    public static boolean storable(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return true;
        }
        // the magnitude first: compareTo looks at precision and scale, so 1E+2147483647 costs nothing
        return value.abs().compareTo(MAX) <= 0 && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    /** Refuses a value that cannot be stored exactly, naming the cell by {@code label} and {@code key}. */
    public static void require(BigDecimal value, String label, String key) {
        if (!storable(value)) {
            throw Refusal.invalidField("CELL_OUT_OF_RANGE", key, message(value, label, key));
        }
    }

    /** What a refusal says: the cell, the value as sent (short, even for 1E+2147483647) and what a cell holds. */
    public static String message(BigDecimal value, String label, String key) {
        return TEXT.get("cell.out_of_range", label, key, shown(value));
    }

    /** The value in a few characters: scientific notation for the extreme ones, never two billion zeros. */
    public static String shown(BigDecimal value) {
        long digits = (long) value.precision() - value.scale();
        String s = digits > 30 || value.scale() > 30 ? value.toString() : value.toPlainString();
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }
}
