package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.CellDef;
import cn.nianbao.domain.format.S2Table;

/**
 * Y-S2-2019 and Y-S2-2021: section 二 continues last year's figures.
 * GOV_2019: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减, and 对外公开总数量 never shrinks.
 * GOV_2021: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.
 * Only between two reports of the same format: the 2021 tables count other things.
 */
final class S2PreviousYearRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        PreviousReport prev = in.context().previous().orElse(null);
        if (prev == null || !prev.content().formatId().equals(in.format().id())) {
            return;
        }
        ReportContent last = prev.content();
        for (S2Table t : in.format().s2Tables()) {
            for (var row : t.rows()) {
                String base = "s2." + t.key() + "." + row.key() + ".";
                if (has(t, "prev_items") && has(t, "change")) {
                    BigDecimal expected = last.number(base + "prev_items").add(last.number(base + "change"));
                    compare(in, out, "Y-S2-2019", "Y-S2-2019.prev_items", base + "prev_items", expected, last.year());
                }
                if (has(t, "total_published")) {
                    BigDecimal before = last.number(base + "total_published");
                    BigDecimal now = in.n(base + "total_published");
                    if (now.compareTo(before) < 0) {
                        CellDef cell = in.format().cell(base + "total_published").orElseThrow();
                        out.add(Finding.numbers("Y-S2-2019", Severity.WARNING, cell.key(), RuleMessages.get(
                                "Y-S2-2019.total_published", Labels.cell(in, cell), Numbers.plain(now), last.year(),
                                Numbers.plain(before)), before, now));
                    }
                }
                if (has(t, "in_force") && has(t, "issued") && has(t, "repealed")) {
                    BigDecimal expected = last.number(base + "in_force").add(in.n(base + "issued"))
                            .subtract(in.n(base + "repealed"));
                    compare(in, out, "Y-S2-2021", "Y-S2-2021", base + "in_force", expected, last.year());
                }
            }
        }
    }

    private static boolean has(S2Table t, String column) {
        return t.columns().stream().anyMatch(c -> c.key().equals(column));
    }

    private static void compare(RuleInput in, List<Finding> out, String rule, String messageKey, String key,
                                BigDecimal expected, int lastYear) {
        BigDecimal actual = in.n(key);
        if (!Numbers.same(expected, actual)) {
            CellDef cell = in.format().cell(key).orElseThrow();
            out.add(Finding.numbers(rule, Severity.WARNING, key, RuleMessages.get(messageKey, Labels.cell(in, cell),
                    Numbers.plain(actual), lastYear, Numbers.plain(expected)), expected, actual));
        }
    }
}
