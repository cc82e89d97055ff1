package cn.nianbao.app.api;

import java.io.IOException;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.workflow.ReportApprovalWorkflow;
import cn.nianbao.workflow.WorkItem;

/** The caller's open tasks, and completing one with APPROVE or RETURN. */
@RestController
class TasksController {

    private static final Messages TEXT = Messages.of("api");

    private final ReportApprovalWorkflow workflow;
    private final CurrentActor current;

    TasksController(ReportApprovalWorkflow workflow, CurrentActor current) {
        this.workflow = workflow;
        this.current = current;
    }

    record TaskLine(String taskId, Long reportId, String unit, int year, String stage, String stageName,
                    java.time.Instant due) {
        static TaskLine of(WorkItem w) {
            return new TaskLine(w.taskId(), w.reportId(), w.unitCode(), w.year(), w.step().name(), w.stageName(), w.due());
        }
    }

    @GetMapping(value = "/api/v1/tasks", produces = "application/json")
    List<TaskLine> tasks() {
        return workflow.openTasks(current.require()).stream().map(TaskLine::of).toList();
    }

    @PostMapping(value = "/api/v1/tasks/{taskId}/complete", produces = "application/json")
    Map<String, Object> complete(@PathVariable String taskId, HttpServletRequest request) throws IOException {
        JsonNode body = JsonBodies.object(RequestBodies.read(request), TEXT.get("task.body"));
        Decision decision;
        try {
            decision = Decision.valueOf(body.path("decision").asText(""));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("BAD_DECISION", TEXT.get("task.bad_decision"));
        }
        String comment = body.path("comment").isTextual() ? body.get("comment").asText() : null;
        // optional comments on single sections ("s1" … "s6"); the review feature heads each with its title
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        body.path("sections").fields().forEachRemaining(e -> sections.put(e.getKey(), e.getValue().asText("")));
        // optional 保密审查 keys: the conclusion and a reason per REVIEW finding ("<rule>@<at>#<offset>")
        String conclusion = body.path("conclusion").isTextual() ? body.get("conclusion").asText() : null;
        Map<String, String> reasons = new java.util.HashMap<>();
        body.path("clearances").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asText("")));
        workflow.complete(current.require(), taskId, decision, comment, sections,
                new SecrecyClearing(conclusion, reasons, changes(body.path("changes"))));
        return Map.of("taskId", taskId, "decision", decision.name());
    }

    /** The findings sent back to be removed or masked (退回修改): an array of finding keys, absent for none. */
    private static Set<String> changes(JsonNode changed) {
        Set<String> out = new LinkedHashSet<>();
        if (changed.isMissingNode() || changed.isNull()) {
            return out;
        }
        if (!changed.isArray()) {
            throw Refusal.invalid("BAD_CHANGES", TEXT.get("task.bad_changes"));
        }
        for (JsonNode key : changed) {
            if (!key.isTextual()) {
                throw Refusal.invalid("BAD_CHANGES", TEXT.get("task.bad_changes"));
            }
            out.add(key.asText());
        }
        return out;
    }
}
