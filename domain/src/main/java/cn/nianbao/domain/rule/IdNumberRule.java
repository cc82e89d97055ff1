package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.content.ReportContent;


/** SEC-ID: an 18-digit 居民身份证号码 whose check digit is valid under GB 11643. */
final class IdNumberRule implements ReportRule {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            for (NumberRun run : in.numberRuns(s)) {
                if (isIdNumber(run.digits())) {
                    out.add(Finding.match("SEC-ID", s, in.heading(s) + " 中有疑似居民身份证号码（第 " + (run.offset() + 1)
                            + " 个字符起），公开前应删除或遮盖", run.match(), run.offset()));
                }
            }
        }
    }

    static boolean isIdNumber(String d) {
        if (d.length() != 18 || d.charAt(0) == '0' || !d.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (d.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == d.charAt(17);
    }
}
