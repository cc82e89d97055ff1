package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.content.ReportContent;

/**
 * SEC-BANK: a bank card number — 16 to 19 digits that pass the Luhn check and start as card numbers do in China
 * (62 银联, 4 Visa, 5 Mastercard, 3 JCB / American Express). An 18-digit run that is an ID number is SEC-ID's.
 */
final class BankCardRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            for (NumberRun run : in.numberRuns(s)) {
                String d = run.digits();
                // a +86 / 0086 prefix makes a phone number, never a card
                if (run.match().startsWith("+") || !isCardNumber(d) || IdNumberRule.isIdNumber(d, in.report().year())) {
                    continue;
                }
                out.add(Finding.match("SEC-BANK", s, RuleMessages.get("SEC-BANK", in.heading(s), run.offset() + 1),
                        run.match(), run.offset()));
            }
        }
    }

    static boolean isCardNumber(String d) {
        if (d.length() < 16 || d.length() > 19 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        boolean issuer = d.startsWith("62") || d.charAt(0) == '4' || d.charAt(0) == '5' || d.charAt(0) == '3';
        return issuer && luhn(d);
    }

    /** The Luhn (mod 10) check every card number carries in its last digit. */
    static boolean luhn(String d) {
        int sum = 0;
        boolean twice = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int v = d.charAt(i) - '0';
            if (twice) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
