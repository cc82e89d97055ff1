package cn.nianbao.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportLifecycleService;
import cn.nianbao.domain.report.ReportService;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.Submission;
import cn.nianbao.domain.user.Actor;

/**
 * The approval route as the UI and the API use it. Each call is one transaction: the domain's status change,
 * its audit entry and the Flowable task completion commit together or not at all. A task someone else
 * completed first answers "already handled", never a stack trace.
 */
@Service
public class ReportApprovalWorkflow {

    static final String PROCESS = "reportApproval";
    static final String REPORT_ID = "reportId";
    private static final String REVISE = "revise";
    private static final String PUBLICATION = "publication";
    private static final Map<String, ReviewStage> STAGES = Map.of(
            "secrecyReview", ReviewStage.SECRECY_REVIEW,
            "leaderSignoff", ReviewStage.LEADER_SIGNOFF,
            "countyReview", ReviewStage.COUNTY_REVIEW);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ReportLifecycleService lifecycle;
    private final ReportService reports;
    private final TransactionTemplate tx;

    ReportApprovalWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history,
                           ReportLifecycleService lifecycle, ReportService reports,
                           PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The clerk submits: a first submission starts the route, a resubmission answers the open revision task. */
    public void submit(Actor actor, Long reportId, Map<String, String> explanations) {
        inTransaction(() -> {
            Submission s = lifecycle.submit(actor, reportId, explanations);
            Optional<Task> revise = openTask(reportId, REVISE);
            if (revise.isPresent()) {
                tasks.complete(revise.get().getId());
            } else {
                Map<String, Object> vars = new HashMap<>();
                vars.put(REPORT_ID, reportId);
                vars.put("unitId", s.unitId());
                vars.put("countyId", s.countyId());
                vars.put("correction", false);
                vars.put("decision", null);
                vars.put("publishAt", null);
                vars.put("due", dueDate(reports.get(actor, reportId).summary().year()));
                runtime.startProcessInstanceByKey(PROCESS, String.valueOf(reportId), vars);
            }
            return null;
        });
    }

    /** A reviewer's decision on a task offered to them. */
    public void complete(Actor actor, String taskId, Decision decision, String comment) {
        inTransaction(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
                throw existed ? Refusal.conflict("ALREADY_HANDLED", "该任务已经处理过了")
                        : Refusal.notFound("任务不存在或您无权处理");
            }
            Long reportId = reportIdOf(task);
            ReviewStage stage = STAGES.get(task.getTaskDefinitionKey());
            if (!isCandidate(actor, taskId)) {
                reports.get(actor, reportId); // 404 when the report is not even visible
                throw Refusal.forbidden("您不是该任务的处理人");
            }
            if (stage == null) {
                throw Refusal.invalid("NOT_A_REVIEW_TASK", REVISE.equals(task.getTaskDefinitionKey())
                        ? "修改任务通过“提交”完成" : "发布任务通过“发布”完成");
            }
            lifecycle.decide(actor, reportId, stage, decision, comment);
            Map<String, Object> vars = new HashMap<>();
            vars.put("decision", decision.name());
            vars.put("comment", comment);
            tasks.complete(taskId, vars);
            return null;
        });
    }

    /** The county office publishes an approved report now. */
    public void publishNow(Actor actor, Long reportId) {
        inTransaction(() -> {
            lifecycle.publish(actor, reportId);
            openTask(reportId, PUBLICATION).ifPresent(t -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("publishAt", null);
                tasks.complete(t.getId(), vars);
            });
            return null;
        });
    }

    /** The county office schedules the publication; a Flowable timer publishes it then, across restarts. */
    public void schedulePublication(Actor actor, Long reportId, Instant at) {
        inTransaction(() -> {
            lifecycle.schedulePublication(actor, reportId, at);
            Task t = openTask(reportId, PUBLICATION).orElseThrow(() ->
                    Refusal.conflict("NO_PUBLICATION_TASK", "该报告没有待发布的任务"));
            Map<String, Object> vars = new HashMap<>();
            vars.put("publishAt", at.toString());
            tasks.complete(t.getId(), vars);
            return null;
        });
    }

    /** The county office opens a correction (更正) of a published report; the clerk's revision task opens. */
    public void openCorrection(Actor actor, Long reportId, String reason) {
        inTransaction(() -> {
            lifecycle.openCorrection(actor, reportId, reason);
            ReportView report = reports.get(actor, reportId);
            Map<String, Object> vars = new HashMap<>();
            vars.put(REPORT_ID, reportId);
            vars.put("unitId", report.summary().unitId());
            vars.put("countyId", countyOf(report));
            vars.put("correction", true);
            vars.put("decision", null);
            vars.put("publishAt", null);
            vars.put("due", null);
            runtime.startProcessInstanceByKey(PROCESS, String.valueOf(reportId), vars);
            return null;
        });
    }

    /** The open tasks offered to the actor, oldest first. */
    public List<WorkItem> openTasks(Actor actor) {
        List<String> groups = groupsOf(actor);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<WorkItem> out = new ArrayList<>();
        for (Task t : tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByTaskCreateTime().asc().listPage(0, 500)) {
            Long reportId = reportIdOf(t);
            ReportSummary r = reports.get(actor, reportId).summary();
            out.add(new WorkItem(t.getId(), reportId, r.unitCode(), r.unitName(), r.year(), stageKey(t),
                    t.getName(), t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant()));
        }
        return out;
    }

    private static String stageKey(Task t) {
        ReviewStage stage = STAGES.get(t.getTaskDefinitionKey());
        if (stage != null) {
            return stage.name();
        }
        return REVISE.equals(t.getTaskDefinitionKey()) ? "REVISE" : "PUBLISH";
    }

    private Long countyOf(ReportView report) {
        return reports.unitParent(report.summary().unitId());
    }

    private boolean isCandidate(Actor actor, String taskId) {
        List<String> groups = groupsOf(actor);
        return !groups.isEmpty() && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() > 0;
    }

    static List<String> groupsOf(Actor actor) {
        return actor.grants().stream().filter(g -> g.unitId() != null).map(g -> g.role().name() + ":" + g.unitId()).toList();
    }

    private Optional<Task> openTask(Long reportId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(reportId))
                .taskDefinitionKey(key).list().stream().findFirst();
    }

    private Long reportIdOf(Task task) {
        Object id = runtime.getVariable(task.getExecutionId(), REPORT_ID);
        return ((Number) id).longValue();
    }

    private static Date dueDate(int year) {
        return Date.from(LocalDate.of(year + 1, 1, 31).atTime(23, 59, 59).atZone(CHINA).toInstant());
    }

    /** Runs one step in one transaction and turns a lost race into "already handled". */
    private <T> T inTransaction(Supplier<T> step) {
        try {
            return tx.execute(status -> step.get());
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException | ConcurrencyFailureException e) {
            throw Refusal.conflict("ALREADY_HANDLED", "该任务已被他人处理，请刷新后查看");
        } catch (FlowableException e) {
            if (e.getCause() instanceof Refusal r) {
                throw r;
            }
            throw e;
        }
    }
}
