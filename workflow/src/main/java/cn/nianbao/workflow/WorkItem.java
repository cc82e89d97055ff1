package cn.nianbao.workflow;

import java.time.Instant;

/** An open task of the approval route, as the inbox and the API show it. */
public record WorkItem(String taskId, Long reportId, String unitCode, String unitName, int year, String stage,
                       String stageName, Instant created, Instant due) {
}
