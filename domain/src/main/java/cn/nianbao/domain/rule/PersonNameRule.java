package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.content.ReportContent;

/**
 * SEC-NAME: the name of a natural person (an applicant, a villager, a case party), one finding per occurrence.
 * Names are Chinese characters only, which normalisation leaves as typed, so the match is the text's own.
 */
final class PersonNameRule implements ReportRule {

    @Override
    public void check(RuleInput in, List<Finding> out) {
        for (String s : ReportContent.SECTION_KEYS) {
            for (PersonNames.Name name : PersonNames.find(in.normalisedText(s))) {
                out.add(Finding.match("SEC-NAME", s, RuleMessages.get("SEC-NAME", in.heading(s), name.text(),
                        name.offset() + 1), name.text(), name.offset()));
            }
        }
    }
}
