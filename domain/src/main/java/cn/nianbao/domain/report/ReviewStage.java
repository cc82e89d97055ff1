package cn.nianbao.domain.report;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.user.Role;

/** The review stages a submission passes, in order, with who decides and the status while it waits. */
public enum ReviewStage {
    SECRECY_REVIEW(Role.SECRECY_REVIEWER, ReportStatus.IN_SECRECY_REVIEW),
    LEADER_SIGNOFF(Role.LEADER, ReportStatus.IN_LEADER_SIGNOFF),
    COUNTY_REVIEW(Role.COUNTY_OFFICE, ReportStatus.IN_COUNTY_REVIEW);

    private static final Messages TEXT = Messages.of("report");

    private final Role role;
    private final ReportStatus status;

    ReviewStage(Role role, ReportStatus status) {
        this.role = role;
        this.status = status;
    }

    public Role role() {
        return role;
    }

    public ReportStatus status() {
        return status;
    }

    /** The stage's name as people read it: 保密审查, 领导签发, 县级审核. */
    public String label() {
        return TEXT.get("step." + name());
    }

    /** Where an approval at this stage leads. */
    public ReportStatus next() {
        return switch (this) {
            case SECRECY_REVIEW -> ReportStatus.IN_LEADER_SIGNOFF;
            case LEADER_SIGNOFF -> ReportStatus.IN_COUNTY_REVIEW;
            case COUNTY_REVIEW -> ReportStatus.APPROVED;
        };
    }
}
