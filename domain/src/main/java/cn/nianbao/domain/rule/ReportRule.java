package cn.nianbao.domain.rule;

import java.util.List;

/** One rule of rules.md. Implementations are stateless and add what they find to {@code out}. */
interface ReportRule {

    void check(RuleInput in, List<Finding> out);
}
