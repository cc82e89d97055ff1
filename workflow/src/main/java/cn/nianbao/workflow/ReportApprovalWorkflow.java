package cn.nianbao.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.runtime.ActivityInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.report.RouteFacts;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.report.Submission;
import cn.nianbao.domain.report.WorkStep;
import cn.nianbao.domain.user.Actor;

/**
 * The approval route as the UI and the API use it; it only routes. The domain decides what is legal and
 * announces what happened (notifications are listeners of its events). Each call is one transaction: the
 * domain's status change, its audit entry, the notifications and the Flowable task completion commit together
 * or not at all. A task someone else completed first answers "already handled", never a stack trace.
 */
@Service
public class ReportApprovalWorkflow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportApprovalWorkflow.class);
    /** How often a step that collided with another transaction runs before it answers "already handled". */
    static final int ATTEMPTS = 4;

    static final String PROCESS = "reportApproval";
    static final String REPORT_ID = "reportId";
    static final String DUE = "due";
    static final String REVIEW_GROUP = "reviewGroup";
    /** The BPMN's timer event that waits for a scheduled publication. */
    static final String WAIT_FOR_PUBLICATION = "waitForPublicationTime";

    private static final Messages TEXT = Messages.of("workflow");

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final ReportDrafting drafting;
    private final ReportReview review;
    private final ReportReading reading;
    private final DeadlineService deadlines;
    private final RouteFacts routeFacts;
    private final TransactionTemplate tx;

    ReportApprovalWorkflow(RuntimeService runtime, ManagementService management, TaskService tasks, ReportDrafting drafting,
                           ReportReview review, ReportReading reading, DeadlineService deadlines,
                           RouteFacts routeFacts, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.drafting = drafting;
        this.review = review;
        this.reading = reading;
        this.deadlines = deadlines;
        this.routeFacts = routeFacts;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The clerk submits: a first submission starts the route, a resubmission answers the open revision task. */
    public void submit(Actor actor, Long reportId, Map<String, String> explanations) {
        inTransaction(() -> {
            Submission s = drafting.submit(actor, reportId, explanations);
            Optional<Task> revise = openTask(reportId, WorkStep.REVISE);
            if (revise.isPresent()) {
                tasks.complete(revise.get().getId());
            } else {
                start(reportId, s.unitId(), s.countyId(), s.report().year(), false);
            }
            return null;
        });
    }

    /**
     * The clerk withdraws a submission nobody has decided on yet: its route ends, and the next submission starts a
     * new one.
     */
    public void withdraw(Actor actor, Long reportId) {
        inTransaction(() -> {
            drafting.withdraw(actor, reportId);
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(reportId)).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "withdrawn"));
            return null;
        });
    }

    /** A reviewer's decision on a task offered to them. */
    public void complete(Actor actor, String taskId, Decision decision, String comment) {
        complete(actor, taskId, decision, comment, Map.of(), null);
    }

    /** As above; at 保密审查 an approval carries the conclusion and the clearing of each REVIEW finding. */
    public void complete(Actor actor, String taskId, Decision decision, String comment, SecrecyClearing clearing) {
        complete(actor, taskId, decision, comment, Map.of(), clearing);
    }

    /**
     * As above, with comments on single sections ({@code "s1"} … {@code "s6"}) and, at 保密审查, the conclusion and
     * the clearing of each REVIEW finding.
     */
    public void complete(Actor actor, String taskId, Decision decision, String comment, Map<String, String> sections,
                         SecrecyClearing clearing) {
        inTransaction(() -> inOneEngineCommand(() -> {
            // one read gives the task and its candidates together: a completion that commits meanwhile cannot turn
            // a candidate into a stranger (the loser of a race is told "already handled", never 403)
            Task task = tasks.createTaskQuery().taskId(taskId).includeIdentityLinks().singleResult();
            if (task == null) {
                throw finishedOrUnknown(actor, taskId);
            }
            Long reportId = reportOfRoute(task);
            WorkStep step = WorkStep.ofTaskKey(task.getTaskDefinitionKey());
            if (!isCandidate(actor, task)) {
                requireVisible(actor, reportId, taskId);
                throw Refusal.forbidden(TEXT.get("refuse.not_candidate"));
            }
            if (!step.isReview()) {
                throw Refusal.invalid("NOT_A_REVIEW_TASK", TEXT.get(step == WorkStep.REVISE
                        ? "refuse.revise_by_submit" : "refuse.publish_by_publish"));
            }
            review.decide(actor, reportId, step.stage().orElseThrow(), decision, comment, sections, clearing);
            // the decision only picks the gateway's way out: a transient variable, never written to the route's rows
            tasks.complete(taskId, Map.of(), Map.of("decision", decision.name()));
            return null;
        }));
    }

    /** The county office publishes an approved report now. */
    public void publishNow(Actor actor, Long reportId) {
        inTransaction(() -> {
            review.publish(actor, reportId);
            openTask(reportId, WorkStep.PUBLISH).ifPresent(t -> {
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
            schedule(actor, reportId, at);
            return null;
        });
    }

    /** The schedule's step itself, inside the caller's transaction. */
    private void schedule(Actor actor, Long reportId, Instant at) {
        review.schedulePublication(actor, reportId, at);
        Task t = openTask(reportId, WorkStep.PUBLISH).orElseThrow(() ->
                Refusal.conflict("NO_PUBLICATION_TASK", TEXT.get("refuse.no_publication_task")));
        Map<String, Object> vars = new HashMap<>();
        vars.put("publishAt", Date.from(at));
        tasks.complete(t.getId(), vars);
    }

    /**
     * The county office takes a scheduled publication back: the route leaves the publication timer and the
     * publication task opens again, so it can be published now or scheduled anew.
     */
    public void cancelScheduledPublication(Actor actor, Long reportId) {
        inTransaction(() -> {
            review.cancelScheduledPublication(actor, reportId);
            backToPublicationTask(reportId);
            return null;
        });
    }

    /**
     * The county office moves a scheduled publication to another time: one step and one transaction, cancel and
     * schedule again. The schedule runs inside this step's transaction, never as a step of its own: a collision
     * retried inside a joined transaction had already marked the outer one rollback-only, and its commit failed.
     */
    public void reschedulePublication(Actor actor, Long reportId, Instant at) {
        inTransaction(() -> {
            review.cancelScheduledPublication(actor, reportId);
            backToPublicationTask(reportId);
            schedule(actor, reportId, at);
            return null;
        });
    }

    private void backToPublicationTask(Long reportId) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(reportId)).list()
                .forEach(p -> runtime.createChangeActivityStateBuilder().processInstanceId(p.getId())
                        .moveActivityIdTo(WAIT_FOR_PUBLICATION, WorkStep.PUBLISH.taskKey()).changeState());
    }

    /** The county office opens a correction (更正) of a published report; the clerk's revision task opens. */
    public void openCorrection(Actor actor, Long reportId, String reason) {
        inTransaction(() -> {
            review.openCorrection(actor, reportId, reason);
            ReportSummary r = reading.summary(actor, reportId);
            start(reportId, r.unitId(), r.countyId(), r.year(), true);
            return null;
        });
    }

    private void start(Long reportId, Long unitId, Long countyId, int year, boolean correction) {
        Instant due = deadlines.stepsDue(countyId, year, correction);
        Map<String, Object> vars = new HashMap<>();
        vars.put(REPORT_ID, reportId);
        vars.put("unitId", unitId);
        vars.put("countyId", countyId);
        // 县级审核 and publication go to the office of the unit's reviewing area, whatever its level
        vars.put(REVIEW_GROUP, routeFacts.reviewGroup(reportId));
        vars.put("correction", correction);
        vars.put("publishAt", null);
        vars.put(DUE, Date.from(due));
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(reportId), vars);
    }

    /**
     * The open tasks offered to the actor, oldest first: one query for the tasks with their process variables (the
     * report's id), one for their reports, however many tasks there are.
     */
    public List<WorkItem> openTasks(Actor actor) {
        List<String> groups = groupsOf(actor);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeProcessVariables()
                .orderByTaskCreateTime().asc().listPage(0, 500);
        Map<Long, ReportSummary> reports = reading.summaries(actor, open.stream().map(ReportApprovalWorkflow::reportIdOf)
                .collect(java.util.stream.Collectors.toSet()));
        List<WorkItem> out = new ArrayList<>();
        for (Task t : open) {
            ReportSummary r = reports.get(reportIdOf(t));
            if (r == null) {
                continue;
            }
            WorkStep step = WorkStep.ofTaskKey(t.getTaskDefinitionKey());
            out.add(new WorkItem(t.getId(), r.id(), r.unitCode(), r.unitName(), r.year(), step,
                    t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant()));
        }
        return out;
    }

    private static boolean isCandidate(Actor actor, Task task) {
        List<String> groups = groupsOf(actor);
        return task.getIdentityLinks().stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && groups.contains(l.getGroupId()));
    }

    /**
     * A task that is no longer open: "already handled" for whoever may see its report (the loser of a race), and
     * exactly the answer of an unknown id for everyone else, so that a finished task of another unit cannot be
     * told from one that never existed.
     */
    private Refusal finishedOrUnknown(Actor actor, String taskId) {
        // the engine keeps no history (flowable.history-level=none: five statements fewer per step); while the
        // route runs, its runtime activity instances name the tasks it has finished. Once the route has ended
        // (published, withdrawn) an old task id is answered like an unknown one.
        ActivityInstance done = runtime.createNativeActivityInstanceQuery()
                .sql("select * from ACT_RU_ACTINST where TASK_ID_ = #{taskId}").parameter("taskId", taskId)
                .list().stream().findFirst().orElse(null);
        if (done == null) {
            return Refusal.notFound(TEXT.get("refuse.task_not_found"));
        }
        ProcessInstance route = runtime.createProcessInstanceQuery().processInstanceId(done.getProcessInstanceId())
                .singleResult();
        if (route == null || route.getBusinessKey() == null) {
            return Refusal.hidden(TEXT.get("refuse.task_not_found"), "task:" + taskId);
        }
        requireVisible(actor, Long.valueOf(route.getBusinessKey()), taskId);
        return Refusal.conflict("ALREADY_HANDLED", TEXT.get("refuse.task_handled"));
    }

    /** The task's report is visible to the actor, or the task is "not found" like an unknown one. */
    private void requireVisible(Actor actor, Long reportId, String taskId) {
        try {
            reading.summary(actor, reportId);
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw Refusal.hidden(TEXT.get("refuse.task_not_found"), "task:" + taskId);
            }
            throw r;
        }
    }

    /** The BPMN offers each task to "<ROLE>:<unitId>", the role of its {@link WorkStep} in the unit or county. */
    static List<String> groupsOf(Actor actor) {
        return actor.effectiveGrants().stream().filter(g -> g.unitId() != null).map(g -> g.role().name() + ":" + g.unitId()).toList();
    }

    private Optional<Task> openTask(Long reportId, WorkStep step) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(reportId))
                .taskDefinitionKey(step.taskKey()).list().stream().findFirst();
    }

    /**
     * The report of a task's route, inside the engine command that completes the task: the route's business key,
     * read from the process instance, which the completion loads anyway and then takes from the command's cache.
     * Reading the task with its process variables as well joined every variable's row to the task's and mapped
     * them all, in a query that took a fifth of an approval's CPU (bench/approval.sh).
     */
    private static Long reportOfRoute(Task task) {
        ExecutionEntity route = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        return Long.valueOf(route.getBusinessKey());
    }

    private static Long reportIdOf(Task task) {
        return ((Number) task.getProcessVariables().get(REPORT_ID)).longValue();
    }

    /**
     * Runs one step in one transaction and turns a lost race into "already handled". A step can also collide with
     * the engine's own work on the same execution (the publication timer fires while the office reschedules
     * it): nobody else handled the task then, so the step runs again, up to {@link #ATTEMPTS} times; when another
     * person really was first, the repeated step finds the task gone and answers "already handled" itself.
     */
    private <T> T inTransaction(Supplier<T> step) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            // called inside someone else's transaction: a retry here would run in a transaction already marked
            // rollback-only, so the step runs once and the owner of the transaction decides
            return step.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> step.get());
            } catch (FlowableOptimisticLockingException | ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    LOG.info("a workflow step lost a race {} times: {}", attempt, e.toString());
                    throw Refusal.conflict("ALREADY_HANDLED", TEXT.get("refuse.lost_race"));
                }
                pauseBeforeRetry(attempt);
            } catch (FlowableObjectNotFoundException e) {
                throw Refusal.conflict("ALREADY_HANDLED", TEXT.get("refuse.lost_race"));
            } catch (FlowableException e) {
                if (e.getCause() instanceof Refusal r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    /**
     * Runs a step that reads a task and then completes it as one engine command: the completion takes the task from
     * the command's entity cache instead of reading it again. Only for steps that query before they change: the
     * engine writes a command's changes when it ends, so a query after a change inside it would not see the change.
     */
    private <T> T inOneEngineCommand(Supplier<T> step) {
        // a refusal leaves the command as a value, not as its failure: the engine logs every exception that ends a
        // command as an error with its stack trace, and a refusal is an answer, not an error. The transaction
        // around the step still rolls back, with whatever the command wrote.
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        T out = management.executeCommand(commandContext -> {
            try {
                return step.get();
            } catch (RuntimeException e) {
                failed.set(e);
                return null;
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        return out;
    }

    /** A short random pause, so two colliding transactions do not collide again at once. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.conflict("ALREADY_HANDLED", TEXT.get("refuse.lost_race"));
        }
    }
}
