package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.domain.format.LabelledKey;
import cn.nianbao.domain.format.S4Table;

/** S4-SUM: in each group of section 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class S4SumRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        S4Table t = in.format().s4();
        String addends = RuleMessages.list(t.addends().stream().map(LabelledKey::label).toList());
        for (S4Table.Group g : t.groups()) {
            BigDecimal sum = Numbers.sum(t.addends().stream().map(c -> in.n("s4." + g.key() + "." + c.key())).toList());
            BigDecimal total = in.n("s4." + g.key() + "." + S4Table.TOTAL);
            if (!Numbers.same(sum, total)) {
                String group = Labels.s4Group(g.parent(), g.label());
                out.add(Finding.numbers("S4-SUM", Severity.ERROR, "s4." + g.key(), RuleMessages.get("S4-SUM",
                        in.heading("s4"), group, Numbers.plain(total), addends, Numbers.plain(sum)), sum, total));
            }
        }
    }
}
