package cn.nianbao.domain.rule;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.domain.report.ReportContent;
import cn.nianbao.domain.unit.UnitKind;

/**
 * T-UNIT: the prose calls the unit by the wrong kind (我镇 in a 乡's report, the copy-paste slip of the
 * seed report) or names another unit of the county.
 */
final class UnitNameRule implements ReportRule {

    // 乡-words followed by 镇 are the generic 乡镇 (全乡镇), not a claim to be a 乡.
    private static final String XIANG_WORDS = "(我|本|全|该)乡(?!镇)";
    private static final String ZHEN_WORDS = "(我|本|全|该)镇";
    private static final String JIEDAO_WORDS = "(我|本|全|该)街道";

    private static final Map<UnitKind, Pattern> WRONG = Map.of(
            UnitKind.XIANG, Pattern.compile(ZHEN_WORDS + "|" + JIEDAO_WORDS),
            UnitKind.ZHEN, Pattern.compile(XIANG_WORDS + "|" + JIEDAO_WORDS),
            UnitKind.JIEDAO, Pattern.compile(XIANG_WORDS + "|" + ZHEN_WORDS),
            UnitKind.COUNTY_DEPARTMENT, Pattern.compile(XIANG_WORDS + "|" + ZHEN_WORDS + "|" + JIEDAO_WORDS),
            UnitKind.COUNTY_GOVERNMENT, Pattern.compile(XIANG_WORDS + "|" + ZHEN_WORDS + "|" + JIEDAO_WORDS));

    @Override
    public void check(RuleInput in, List<Finding> out) {
        UnitKind kind = in.report().unit().kind();
        String own = in.report().unit().name();
        for (String s : ReportContent.SECTION_KEYS) {
            String text = in.report().text(s);
            Matcher m = WRONG.get(kind).matcher(text);
            if (m.find()) {
                int count = 1;
                while (m.find()) {
                    count++;
                }
                m.reset().find();
                out.add(new Finding("T-UNIT", Severity.WARNING, s, in.heading(s) + " 中出现「" + m.group() + "」"
                        + (count > 1 ? "等 " + count + " 处" : "") + "，但本报告单位是" + kind.chinese()
                        + "，请核实是否照搬了其他单位的报告", null, null, m.group(), m.start()));
            }
            for (String other : in.context().otherUnitNames()) {
                int at = other.isBlank() || own.contains(other) ? -1 : text.indexOf(other);
                if (at >= 0) {
                    out.add(new Finding("T-UNIT", Severity.WARNING, s, in.heading(s) + " 中出现其他单位的名称「" + other
                            + "」，请核实是否照搬了其他单位的报告", null, null, other, at));
                }
            }
        }
    }
}
