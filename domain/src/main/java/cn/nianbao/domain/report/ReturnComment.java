package cn.nianbao.domain.report;

import java.util.List;
import java.util.Map;

import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.SectionDef;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.FindingMask;
import cn.nianbao.domain.rule.RuleNames;

/**
 * A reviewer's comment, with the comments on single sections appended, each line headed by the section's official
 * title in the report's own format, so the clerk reads exactly where to look.
 */
final class ReturnComment {

    private static final Messages TEXT = Messages.of("report");
    /** The findings to change a comment lists one by one; a text can hold thousands of phone numbers. */
    static final int MAX_CHANGE_LINES = 200;

    private ReturnComment() {
    }

    static String compose(ReportFormat format, String comment, Map<String, String> sections) {
        StringBuilder b = new StringBuilder(comment == null ? "" : comment.strip());
        if (sections != null) {
            sections.forEach((key, text) -> {
                SectionDef section = format.sections().stream().filter(s -> s.key().equals(key)).findFirst()
                        .orElseThrow(() -> Refusal.invalid("BAD_SECTION", TEXT.get("refuse.bad_section")));
                if (text != null && !text.isBlank()) {
                    b.append(b.length() == 0 ? "" : "\n").append(TEXT.get("return.section_line", section.title(), text.strip()));
                }
            });
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * The comment with the 保密审查 findings to change appended, each by its section, its rule's name and its match
     * masked: the comment travels in notifications and e-mail, which must not carry the personal information.
     */
    static String withChanges(ReportFormat format, String composed, List<Finding> changed) {
        if (changed.isEmpty()) {
            return composed;
        }
        StringBuilder b = new StringBuilder(composed == null ? "" : composed);
        b.append(b.length() == 0 ? "" : "\n").append(TEXT.get("return.changes"));
        for (Finding f : changed.subList(0, Math.min(changed.size(), MAX_CHANGE_LINES))) {
            b.append("\n").append(TEXT.get("return.change_line", format.section(f.at()).title(), RuleNames.of(f.rule()),
                    FindingMask.masked(f), f.offset() + 1));
        }
        if (changed.size() > MAX_CHANGE_LINES) {
            // the 保密审查 record lists every one; the comment stays within its column
            b.append("\n").append(TEXT.get("return.changes_more", changed.size() - MAX_CHANGE_LINES));
        }
        return b.toString();
    }
}
