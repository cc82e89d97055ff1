package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.format.ReportFormats;

/** FMT-YEAR: GOV_2019 for 2019–2020, GOV_2021 from 2021 (the wrong template is a classic assessor finding). */
final class FormatYearRule implements ReportRule {

    private final ReportFormats formats;

    FormatYearRule(ReportFormats formats) {
        this.formats = formats;
    }

    @Override
    public void check(RuleInput in, List<Finding> out) {
        int year = in.report().year();
        if (in.format().appliesTo(year)) {
            return;
        }
        String right;
        try {
            right = formats.forYear(year).id();
        } catch (IllegalArgumentException e) {
            right = null;
        }
        out.add(Finding.of("FMT-YEAR", Severity.ERROR, "format", right == null
                ? RuleMessages.get("FMT-YEAR.none", year)
                : RuleMessages.get("FMT-YEAR", year, right, in.format().id(), in.format().basis())));
    }
}
