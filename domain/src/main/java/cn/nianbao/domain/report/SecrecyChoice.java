package cn.nianbao.domain.report;

import cn.nianbao.domain.i18n.Messages;

/** The 保密审查 reviewer's choice for one REVIEW finding. */
public enum SecrecyChoice {
    /** 保留: may be published as it is; the reviewer writes why. */
    KEEP,
    /** 退回修改: must be removed or masked before the report goes on; the report has to be returned. */
    CHANGE;

    private static final Messages TEXT = Messages.of("report");

    /** 保留 / 退回修改. */
    public String label() {
        return TEXT.get("choice." + name());
    }
}
