package cn.nianbao.domain.report;

import java.util.Arrays;
import java.util.Optional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.user.Role;

/**
 * The steps of a report's route, the one typed source that the BPMN's task ids, the task list of the API and the
 * UI, the timers and the audit share: three review stages, the clerk's revision and the publication.
 */
public enum WorkStep {
    SECRECY_REVIEW("secrecyReview", Role.SECRECY_REVIEWER, ReviewStage.SECRECY_REVIEW),
    LEADER_SIGNOFF("leaderSignoff", Role.LEADER, ReviewStage.LEADER_SIGNOFF),
    COUNTY_REVIEW("countyReview", Role.COUNTY_OFFICE, ReviewStage.COUNTY_REVIEW),
    REVISE("revise", Role.CLERK, null),
    PUBLISH("publication", Role.COUNTY_OFFICE, null);

    private static final Messages TEXT = Messages.of("report");

    private final String taskKey;
    private final Role role;
    private final ReviewStage stage;

    WorkStep(String taskKey, Role role, ReviewStage stage) {
        this.taskKey = taskKey;
        this.role = role;
        this.stage = stage;
    }

    /** The id of the BPMN user task that stands for this step. */
    public String taskKey() {
        return taskKey;
    }

    /** Who does it, in the report's unit (the county office: in the unit's county). */
    public Role role() {
        return role;
    }

    /** The review stage this step decides, empty for the revision and the publication. */
    public Optional<ReviewStage> stage() {
        return Optional.ofNullable(stage);
    }

    public boolean isReview() {
        return stage != null;
    }

    public String label() {
        return TEXT.get("step." + name());
    }

    public static WorkStep ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no work step for task " + taskKey));
    }

    public static WorkStep of(ReviewStage stage) {
        return Arrays.stream(values()).filter(s -> s.stage == stage).findFirst().orElseThrow();
    }
}
