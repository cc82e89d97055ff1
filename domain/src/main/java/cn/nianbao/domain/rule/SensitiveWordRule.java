package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.content.ReportContent;


/** SEC-WORD: every occurrence of a word on the county's own sensitive-word list. */
final class SensitiveWordRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            String text = in.report().text(s);
            for (String word : in.context().sensitiveWords()) {
                if (word.isBlank()) {
                    continue;
                }
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                    out.add(Finding.match("SEC-WORD", s, RuleMessages.get("SEC-WORD", in.heading(s), word), word, at));
                }
            }
        }
    }
}
