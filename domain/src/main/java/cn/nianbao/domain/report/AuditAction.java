package cn.nianbao.domain.report;

import cn.nianbao.domain.i18n.Messages;

/** What a line of a report's audit trail records; stored by name, so a name never changes. */
public enum AuditAction {
    CREATE,
    EDIT,
    SUBMIT,
    WITHDRAW,
    APPROVE,
    RETURN,
    SCHEDULE,
    PUBLISH,
    CORRECTION;

    private static final Messages TEXT = Messages.of("report");

    /** The action as people read it in a history: 创建, 提交, 同意, 退回 … */
    public String label() {
        return TEXT.get("action." + name());
    }

    static AuditAction of(Decision decision) {
        return decision == Decision.APPROVE ? APPROVE : RETURN;
    }

    /** Lines written by the people who authored a submission (they may not review it). */
    boolean authoring() {
        return this == CREATE || this == EDIT || this == SUBMIT;
    }
}
