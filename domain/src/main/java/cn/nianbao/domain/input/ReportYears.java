package cn.nianbao.domain.input;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * The years a report, a deadline or a total may be asked for: 2000 … 2100, as the interchange format takes them.
 * Outside them no format applies, and date arithmetic on a year like 2147483647 overflows.
 */
public final class ReportYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private static final Messages TEXT = Messages.of("input");

    private ReportYears() {
    }

    public static boolean valid(int year) {
        return year >= FIRST && year <= LAST;
    }

    public static int require(int year) {
        if (!valid(year)) {
            throw Refusal.invalidField("BAD_YEAR", "year", TEXT.get("year.out_of_range", year, FIRST, LAST));
        }
        return year;
    }
}
