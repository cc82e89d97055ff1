package cn.nianbao.domain.report;

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

    /** The clerk may change the content only in these states; in review it is read-only. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == IN_CORRECTION;
    }
}
