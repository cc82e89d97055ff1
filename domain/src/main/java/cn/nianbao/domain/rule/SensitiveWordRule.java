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
                    out.add(Finding.match("SEC-WORD", s, in.heading(s) + " 中有本县敏感词「" + word
                            + "」，请保密审查确认能否公开", word, at));
                }
            }
        }
    }
}
