package cn.nianbao.domain.input;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * The pages a list request may ask for: 0 … 10,000 (at the largest page size that is millions of rows, more than
 * any province holds). A page past the end is empty; a page out of these bounds is refused, because the row
 * offset it stands for no longer fits the database's counters.
 */
public final class Paging {

    public static final int MAX_PAGE = 10_000;

    private static final Messages TEXT = Messages.of("input");

    private Paging() {
    }

    public static int requirePage(int page) {
        if (page < 0 || page > MAX_PAGE) {
            throw Refusal.invalidField("BAD_PAGE", "page", TEXT.get("page.out_of_range", page, MAX_PAGE));
        }
        return page;
    }

    /** The page size asked for, brought into 1 … {@code max}. */
    public static int size(int size, int max) {
        return Math.max(1, Math.min(size, max));
    }
}
