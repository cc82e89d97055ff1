package cn.nianbao.workflow;

import java.time.Instant;

import cn.nianbao.domain.report.WorkStep;

/** An open task of the approval route, as the inbox and the API show it. */
public record WorkItem(String taskId, Long reportId, String unitCode, String unitName, int year, WorkStep step,
                       Instant created, Instant due) {

    /** The step's name as people read it. */
    public String stageName() {
        return step.label();
    }
}
