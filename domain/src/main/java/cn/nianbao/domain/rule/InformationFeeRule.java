package cn.nianbao.domain.rule;

import java.util.List;

/**
 * T-FEE: from 2021 (国办函〔2020〕109号《政府信息公开信息处理费管理办法》) section 六 states the
 * 信息处理费 collected, even when none was.
 */
final class InformationFeeRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        if (!in.format().id().equals("GOV_2021")) {
            return;
        }
        if (!in.report().text("s6").contains("处理费")) {
            out.add(Finding.of("T-FEE", Severity.WARNING, "s6", RuleMessages.get("T-FEE", in.heading("s6"))));
        }
    }
}
