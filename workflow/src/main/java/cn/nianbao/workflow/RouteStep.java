package cn.nianbao.workflow;

import java.util.Arrays;

import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.user.Role;

/** The user tasks of the BPMN, with who does them. */
enum RouteStep {
    SECRECY_REVIEW("secrecyReview", Role.SECRECY_REVIEWER, "保密审查", ReviewStage.SECRECY_REVIEW),
    LEADER_SIGNOFF("leaderSignoff", Role.LEADER, "领导签发", ReviewStage.LEADER_SIGNOFF),
    COUNTY_REVIEW("countyReview", Role.COUNTY_OFFICE, "县级审核", ReviewStage.COUNTY_REVIEW),
    REVISE("revise", Role.CLERK, "修改后重新提交", null),
    PUBLISH("publication", Role.COUNTY_OFFICE, "发布", null);

    private final String taskKey;
    private final Role role;
    private final String chinese;
    private final ReviewStage stage;

    RouteStep(String taskKey, Role role, String chinese, ReviewStage stage) {
        this.taskKey = taskKey;
        this.role = role;
        this.chinese = chinese;
        this.stage = stage;
    }

    static RouteStep of(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown task " + taskKey));
    }

    String taskKey() {
        return taskKey;
    }

    Role role() {
        return role;
    }

    String chinese() {
        return chinese;
    }

    /** The review stage, or null for the clerk's revision and the publication. */
    ReviewStage stage() {
        return stage;
    }
}
