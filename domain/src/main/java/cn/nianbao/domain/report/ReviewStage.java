package cn.nianbao.domain.report;

import cn.nianbao.domain.user.Role;

/** The review stages a submission passes, in order, with who decides and the status while it waits. */
public enum ReviewStage {
    SECRECY_REVIEW(Role.SECRECY_REVIEWER, ReportStatus.IN_SECRECY_REVIEW, "保密审查"),
    LEADER_SIGNOFF(Role.LEADER, ReportStatus.IN_LEADER_SIGNOFF, "领导签发"),
    COUNTY_REVIEW(Role.COUNTY_OFFICE, ReportStatus.IN_COUNTY_REVIEW, "县级审核");

    private final Role role;
    private final ReportStatus status;
    private final String chinese;

    ReviewStage(Role role, ReportStatus status, String chinese) {
        this.role = role;
        this.status = status;
        this.chinese = chinese;
    }

    public Role role() {
        return role;
    }

    public ReportStatus status() {
        return status;
    }

    public String chinese() {
        return chinese;
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
