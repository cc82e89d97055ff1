package cn.nianbao.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportLifecycleService;
import cn.nianbao.domain.report.ReportService;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.report.Submission;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/**
 * The approval route as the UI and the API use it. Each call is one transaction: the domain's status change,
 * its audit entry, the notifications and the Flowable task completion commit together or not at all. A task
 * someone else completed first answers "already handled", never a stack trace.
 */
@Service
public class ReportApprovalWorkflow {

    static final String PROCESS = "reportApproval";
    static final String REPORT_ID = "reportId";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ReportLifecycleService lifecycle;
    private final ReportService reports;
    private final DeadlineService deadlines;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int reminderDays;

    ReportApprovalWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history,
                           ReportLifecycleService lifecycle, ReportService reports, DeadlineService deadlines,
                           Notifier notifier, PlatformTransactionManager transactions, Clock clock,
                           @Value("${nianbao.deadline.reminder-days:7}") int reminderDays) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    /** The clerk submits: a first submission starts the route, a resubmission answers the open revision task. */
    public void submit(Actor actor, Long reportId, Map<String, String> explanations) {
        inTransaction(() -> {
            Submission s = lifecycle.submit(actor, reportId, explanations);
            Optional<Task> revise = openTask(reportId, RouteStep.REVISE);
            if (revise.isPresent()) {
                tasks.complete(revise.get().getId());
            } else {
                start(reportId, s.unitId(), s.countyId(), false);
            }
            ReportSummary r = notifier.report(reportId);
            notifier.tell(notifier.holders(Role.SECRECY_REVIEWER, r), reportId, "待保密审查",
                    actor.displayName() + " 提交了报告（第 " + s.submissionNo() + " 次提交），请进行保密审查。");
            return null;
        });
    }

    /** A reviewer's decision on a task offered to them. */
    public void complete(Actor actor, String taskId, Decision decision, String comment) {
        complete(actor, taskId, decision, comment, null);
    }

    /** As above; at 保密审查 an approval carries the conclusion and the clearing of each REVIEW finding. */
    public void complete(Actor actor, String taskId, Decision decision, String comment, SecrecyClearing clearing) {
        inTransaction(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
                throw existed ? Refusal.conflict("ALREADY_HANDLED", "该任务已经处理过了")
                        : Refusal.notFound("任务不存在或您无权处理");
            }
            Long reportId = reportIdOf(task);
            RouteStep step = RouteStep.of(task.getTaskDefinitionKey());
            if (!isCandidate(actor, taskId)) {
                reports.get(actor, reportId); // 404 when the report is not even visible
                throw Refusal.forbidden("您不是该任务的处理人");
            }
            if (step.stage() == null) {
                throw Refusal.invalid("NOT_A_REVIEW_TASK", step == RouteStep.REVISE
                        ? "修改任务通过“提交”完成" : "发布任务通过“发布”完成");
            }
            lifecycle.decide(actor, reportId, step.stage(), decision, comment, clearing);
            Map<String, Object> vars = new HashMap<>();
            vars.put("decision", decision.name());
            vars.put("comment", comment);
            tasks.complete(taskId, vars);
            notifyDecision(actor, reportId, step.stage(), decision, comment);
            return null;
        });
    }

    private void notifyDecision(Actor actor, Long reportId, ReviewStage stage, Decision decision, String comment) {
        ReportSummary r = notifier.report(reportId);
        String drafter = reports.submittedBy(reportId);
        if (decision == Decision.RETURN) {
            notifier.tell(notifier.person(drafter), reportId, stage.chinese() + "退回",
                    actor.displayName() + " 在" + stage.chinese() + "环节退回了报告。退回理由：" + comment);
            return;
        }
        switch (stage) {
            case SECRECY_REVIEW -> notifier.tell(notifier.holders(Role.LEADER, r), reportId, "待领导签发",
                    "报告已通过保密审查，请签发。");
            case LEADER_SIGNOFF -> notifier.tell(notifier.holders(Role.COUNTY_OFFICE, r), reportId, "待县级审核",
                    "报告已由领导签发，请县政府办公室审核。");
            case COUNTY_REVIEW -> {
                notifier.tell(notifier.person(drafter), reportId, "县级审核通过", "报告已通过县级审核，等待发布。");
                notifier.tell(notifier.holders(Role.COUNTY_OFFICE, r), reportId, "待发布", "报告已审核通过，请发布或定时发布。");
            }
            default -> { }
        }
    }

    /** The county office publishes an approved report now. */
    public void publishNow(Actor actor, Long reportId) {
        inTransaction(() -> {
            lifecycle.publish(actor, reportId);
            openTask(reportId, RouteStep.PUBLISH).ifPresent(t -> {
                Map<String, Object> vars = new HashMap<>();
                vars.put("publishAt", null);
                tasks.complete(t.getId(), vars);
            });
            notifier.tell(notifier.person(reports.submittedBy(reportId)), reportId, "已发布", "报告已在公开门户发布。");
            return null;
        });
    }

    /** The county office schedules the publication; a Flowable timer publishes it then, across restarts. */
    public void schedulePublication(Actor actor, Long reportId, Instant at) {
        inTransaction(() -> {
            lifecycle.schedulePublication(actor, reportId, at);
            Task t = openTask(reportId, RouteStep.PUBLISH).orElseThrow(() ->
                    Refusal.conflict("NO_PUBLICATION_TASK", "该报告没有待发布的任务"));
            Map<String, Object> vars = new HashMap<>();
            vars.put("publishAt", Date.from(at));
            tasks.complete(t.getId(), vars);
            return null;
        });
    }

    /** The county office opens a correction (更正) of a published report; the clerk's revision task opens. */
    public void openCorrection(Actor actor, Long reportId, String reason) {
        inTransaction(() -> {
            lifecycle.openCorrection(actor, reportId, reason);
            ReportSummary r = reports.summary(actor, reportId);
            start(reportId, r.unitId(), reports.unitParent(r.unitId()), true);
            notifier.tell(notifier.holders(Role.CLERK, r), reportId, "需要更正", "县政府办公室要求更正已发布的报告：" + reason);
            return null;
        });
    }

    private void start(Long reportId, Long unitId, Long countyId, boolean correction) {
        ReportSummary r = notifier.report(reportId);
        Instant due = deadlines.deadline(countyId, r.year()).atTime(23, 59, 59).atZone(CHINA).toInstant();
        if (correction) {
            // a correction after the deadline still gets two weeks
            Instant soonest = clock.instant().plus(Duration.ofDays(15));
            due = due.isBefore(soonest) ? soonest : due;
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(REPORT_ID, reportId);
        vars.put("unitId", unitId);
        vars.put("countyId", countyId);
        vars.put("correction", correction);
        vars.put("decision", null);
        vars.put("publishAt", null);
        vars.put("due", Date.from(due));
        vars.put("remindAt", Date.from(due.minus(Duration.ofDays(reminderDays))));
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(reportId), vars);
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
            ReportSummary r = reports.summary(actor, reportId);
            out.add(new WorkItem(t.getId(), reportId, r.unitCode(), r.unitName(), r.year(),
                    RouteStep.of(t.getTaskDefinitionKey()).name(), t.getName(), t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant()));
        }
        return out;
    }

    private boolean isCandidate(Actor actor, String taskId) {
        List<String> groups = groupsOf(actor);
        return !groups.isEmpty() && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() > 0;
    }

    static List<String> groupsOf(Actor actor) {
        return actor.grants().stream().filter(g -> g.unitId() != null).map(g -> g.role().name() + ":" + g.unitId()).toList();
    }

    private Optional<Task> openTask(Long reportId, RouteStep step) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(reportId))
                .taskDefinitionKey(step.taskKey()).list().stream().findFirst();
    }

    private Long reportIdOf(Task task) {
        Object id = runtime.getVariable(task.getExecutionId(), REPORT_ID);
        return ((Number) id).longValue();
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
