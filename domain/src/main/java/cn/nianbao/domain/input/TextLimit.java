package cn.nianbao.domain.input;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * The longest text each field takes, in characters (UTF-16 units, as the browser's maxlength counts; never more
 * than the column holds). Wide enough for real reports: a section of a county department's report runs to a few
 * thousand characters, a reviewer's comment to a few hundred.
 */
public enum TextLimit {

    /** Each of the six sections' text (report_text.body holds 200,000). */
    SECTION_TEXT(20_000),
    /** A reviewer's comment on a decision (audit_entry.comment, with the section comments appended). */
    RETURN_COMMENT(2_000),
    /** A reviewer's comment on one section, appended to the comment under the section's title. */
    SECTION_COMMENT(2_000),
    /** The 保密审查 conclusion (secrecy_review.conclusion holds 4,000). */
    CONCLUSION(2_000),
    /** The reason a REVIEW finding may be published (secrecy_clearance.reason holds 2,000). */
    CLEARANCE_REASON(1_000),
    /** The public reason of a 更正 (report.correction_reason and report_publication.correction_reason hold 2,000). */
    CORRECTION_REASON(1_000),
    /** The submitter's explanation of a WARNING (warning_explanation.body holds 4,000). */
    EXPLANATION(2_000),
    /** A unit's code (unit.code holds 64). */
    UNIT_CODE(63),
    /** A unit's full name (unit.name). */
    UNIT_NAME(200),
    /** A unit's short name (unit.short_name). */
    UNIT_SHORT_NAME(100),
    /** A word of a sensitive-word list (sensitive_word.word). */
    SENSITIVE_WORD(100),
    /** A finding's key sent back by a client (explanations, clearances, masks), never stored longer. */
    FINDING_KEY(200);

    private static final Messages TEXT = Messages.of("input");

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** The field's name as a person reads it: 退回意见, 第一部分的文字. */
    public String label() {
        return TEXT.get("field." + name());
    }

    public boolean fits(String text) {
        return text == null || text.length() <= max;
    }

    /**
     * Refuses a text longer than the field takes, naming the field by its label and by {@code key}, the request's
     * key ({@code comment}, {@code sections.s1.text}), so the person knows where to cut and the client what to fix.
     */
    public void require(String text, String key) {
        require(text, key, label());
    }

    /** As above, with the field named as the person knows it here (「一、总体情况」的文字). */
    public void require(String text, String key, String label) {
        if (!fits(text)) {
            // a key is the client's own and may be long itself; the message stays readable
            String shownKey = key.length() > 200 ? key.substring(0, 200) + "…" : key;
            throw Refusal.invalidField("TOO_LONG", key, TEXT.get("too_long", label, shownKey, max, text.length()));
        }
    }
}
