package cn.nianbao.domain.report;

import cn.nianbao.domain.i18n.Messages;

/** Where a report stands on its way from the clerk's draft to the public portal. */
public enum ReportStatus {
    DRAFT,
    IN_SECRECY_REVIEW,
    IN_LEADER_SIGNOFF,
    IN_COUNTY_REVIEW,
    RETURNED,
    APPROVED,
    PUBLISHED,
    IN_CORRECTION;

    private static final Messages TEXT = Messages.of("report");

    /** The clerk may change the content only in these states; in review it is read-only. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == IN_CORRECTION;
    }

    /** The status as people read it: 起草中, 保密审查中 … */
    public String label() {
        return TEXT.get("status." + name());
    }
}
