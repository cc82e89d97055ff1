package cn.nianbao.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.SqlStatementCounter;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/**
 * bench/approval.sh: not a test (surefire's default includes leave it out; the script names it). In one JVM on one
 * PostgreSQL: N approvals through Nianbao's workflow against a bare Flowable engine completing the same user tasks of
 * the same process (the route's BPMN deployed under another key, no domain), each in a transaction; the CPU time of
 * the calling thread per approval, and the SQL statements per step of a route with few reports in the database and
 * with {@code nianbao.bench.reports} (default 20,000).
 */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class ApprovalBench extends TownshipRoute {

    private static final String CLEARED = SqlStatementBudgetTest.CLEARED;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Autowired RepositoryService repository;
    @Autowired TaskService taskService;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    private final int routes = Integer.getInteger("nianbao.bench.routes", 100);
    private final int warmup = Integer.getInteger("nianbao.bench.warmup", 30);
    private final int manyReports = Integer.getInteger("nianbao.bench.reports", 20_000);

    record Party(UnitView town, Actor clerk, Actor secrecy, Actor leader, Actor county) {
    }

    @Test
    void bench() throws Exception {
        System.out.printf("bench/approval.sh: %d routes (3 approvals each) after %d warm-up routes, cores %d%n",
                routes, warmup, Runtime.getRuntime().availableProcessors());
        deployBare();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        // warm-up of both, then the measured runs
        nianbao(parties(warmup));
        bare(tx, warmup);
        double[] ours = nianbao(parties(routes));
        double[] theirs = bare(tx, routes);
        System.out.printf("CPU per approval (thread CPU time, median / mean of %d): Nianbao %.2f / %.2f ms, "
                + "bare Flowable %.2f / %.2f ms, ratio of medians %.2f, of means %.2f%n", routes * 3,
                ours[0], ours[1], theirs[0], theirs[1], ours[0] / theirs[0], ours[1] / theirs[1]);
        System.out.printf("SQL statements per approval: Nianbao %.1f, bare Flowable %.1f (mean)%n", ours[2], theirs[2]);
        System.out.printf("Nianbao CPU per approval by stage (median): 保密审查 %.2f, 领导签发 %.2f, 县级审核 %.2f ms%n",
                ours[3], ours[4], ours[5]);

        long before = count("report");
        Map<String, Long> few = route(parties(1).get(0));
        seed(manyReports);
        Map<String, Long> many = route(parties(1).get(0));
        System.out.printf("SQL statements per step with %d reports in the database: %s%n", before + 1, few);
        System.out.printf("SQL statements per step with %d reports in the database: %s%n", count("report"), many);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Townships of one county with their people; each report gets its own township. */
    private List<Party> parties(int n) {
        Fixtures f = new Fixtures(units, users);
        List<UnitView> towns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            towns.add(f.township("星火" + i + "乡", UnitKind.XIANG));
        }
        List<Party> out = new ArrayList<>();
        Fixtures.Route people = null;
        for (UnitView t : towns) {
            people = f.route(t);
        }
        for (UnitView t : towns) {
            out.add(new Party(t, people.clerk(), people.secrecy(), people.leader(), people.county()));
        }
        return out;
    }

    private ReportView submitted(Party p) {
        ReportContent seed = SeedReport.content().withUnit(p.town().ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView r = drafting.createFromContent(p.clerk(), seed);
        Map<String, String> why = new HashMap<>();
        drafting.validate(p.clerk(), r.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));
        workflow.submit(p.clerk(), r.id(), why);
        return r;
    }

    /** {median ms, mean ms, mean statements} of the approvals of the parties' reports. */
    private double[] nianbao(List<Party> parties) {
        List<ReportView> reports = new ArrayList<>();
        parties.forEach(p -> reports.add(submitted(p)));
        List<Long> nanos = new ArrayList<>();
        long[] statements = {0};
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            Long id = reports.get(i).id();
            String t1 = taskFor(p.secrecy(), id);
            nanos.add(cpu(statements, () -> workflow.complete(p.secrecy(), t1, Decision.APPROVE, CLEARED)));
            String t2 = taskFor(p.leader(), id);
            nanos.add(cpu(statements, () -> workflow.complete(p.leader(), t2, Decision.APPROVE, "同意发布")));
            String t3 = taskFor(p.county(), id);
            nanos.add(cpu(statements, () -> workflow.complete(p.county(), t3, Decision.APPROVE, null)));
        }
        return stats(nanos, statements[0]);
    }

    private void deployBare() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/processes/report-approval.bpmn20.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("id=\"reportApproval\"", "id=\"bareApproval\"");
            repository.createDeployment().name("bare").addString("bare.bpmn20.xml", xml).deploy();
        }
    }

    private double[] bare(TransactionTemplate tx, int n) {
        Instant due = Instant.now().plus(Duration.ofDays(30));
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("reportId", 1_000_000L + i);
            vars.put("unitId", 1_000_000L + i);
            vars.put("countyId", 999L);
            vars.put("reviewGroup", "COUNTY_OFFICE:999");
            vars.put("correction", false);
            vars.put("publishAt", null);
            vars.put("due", Date.from(due));
            String key = "bare-" + i;
            String pid = tx.execute(s -> runtime.startProcessInstanceByKey("bareApproval", key, vars).getId());
            instances.add(pid);
        }
        List<Long> nanos = new ArrayList<>();
        long[] statements = {0};
        for (String pid : instances) {
            for (int step = 0; step < 3; step++) {
                String taskId = taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
                nanos.add(cpu(statements, () -> tx.executeWithoutResult(s -> {
                    // what a caller of the engine does: read the task with its candidates and variables, complete it
                    Task t = taskService.createTaskQuery().taskId(taskId).includeIdentityLinks()
                            .includeProcessVariables().singleResult();
                    // the decision as Nianbao passes it: transient, only for the gateway
                    taskService.complete(t.getId(), Map.of(), Map.of("decision", "APPROVE"));
                })));
            }
        }
        return stats(nanos, statements[0]);
    }

    /** The thread CPU time of the call, in ns; adds its SQL statements to {@code statements[0]}. */
    private static long cpu(long[] statements, Runnable r) {
        long s0 = SqlStatementCounter.statements();
        long t0 = CPU.getCurrentThreadCpuTime();
        r.run();
        long t = CPU.getCurrentThreadCpuTime() - t0;
        statements[0] += SqlStatementCounter.statements() - s0;
        return t;
    }

    private static double[] stats(List<Long> nanos, long statements) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double[] byStage = new double[3];
        for (int stage = 0; stage < 3; stage++) {
            List<Long> of = new ArrayList<>();
            for (int i = stage; i < nanos.size(); i += 3) {
                of.add(nanos.get(i));
            }
            of.sort(null);
            byStage[stage] = of.get(of.size() / 2) / 1e6;
        }
        return new double[] {median, mean, (double) statements / nanos.size(), byStage[0], byStage[1], byStage[2]};
    }

    /** The statements of each step of one route of the party's report, the PUT of a full report first. */
    private Map<String, Long> route(Party p) {
        Map<String, Long> out = new LinkedHashMap<>();
        ReportContent seed = SeedReport.content().withUnit(p.town().ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        ReportView draft = drafting.createDraft(p.clerk(), p.town().code(), seed.year());
        ReportView full = counted(out, "PUT", () -> drafting.update(p.clerk(), draft.id(), draft.version(), seed));
        Map<String, String> why = new HashMap<>();
        drafting.validate(p.clerk(), full.id()).of(Severity.WARNING).forEach(f -> why.put(f.explanationKey(), "已说明"));
        counted(out, "submit", () -> { workflow.submit(p.clerk(), full.id(), why); return null; });
        counted(out, "tasks", () -> workflow.openTasks(p.secrecy()));
        String t1 = taskFor(p.secrecy(), full.id());
        counted(out, "secrecy", () -> { workflow.complete(p.secrecy(), t1, Decision.APPROVE, CLEARED); return null; });
        String t2 = taskFor(p.leader(), full.id());
        counted(out, "leader", () -> { workflow.complete(p.leader(), t2, Decision.APPROVE, "同意发布"); return null; });
        String t3 = taskFor(p.county(), full.id());
        counted(out, "county", () -> { workflow.complete(p.county(), t3, Decision.APPROVE, null); return null; });
        counted(out, "publish", () -> { workflow.publishNow(p.county(), full.id()); return null; });
        return out;
    }

    private static <T> T counted(Map<String, Long> out, String step, Supplier<T> run) {
        long s0 = SqlStatementCounter.statements();
        T t = run.get();
        out.put(step, SqlStatementCounter.statements() - s0);
        return t;
    }

    /**
     * Brings the database to {@code total} reports cheaply, in SQL: townships beside the last one, each with a
     * published report of two years before the measured one (its texts and sketches copied), so the county, its
     * offices and the tables the steps read all hold them.
     */
    private void seed(int total) {
        long missing = total - count("report");
        if (missing <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        Map<String, Object> last = jdbc.queryForMap("select r.id, u.code from report r join unit u on u.id = r.unit_id "
                + "order by r.id desc limit 1");
        long template = ((Number) last.get("id")).longValue();
        String code = (String) last.get("code");
        jdbc.update("insert into unit (code, name, short_name, kind, parent_id, path) select u.code || '-s' || g, "
                + "u.name || g, u.short_name, u.kind, u.parent_id, replace(u.path, u.code || '/', u.code || '-s' || g || '/') "
                + "from unit u, generate_series(1, ?) g where u.code = ?", missing, code);
        jdbc.update("insert into report (unit_id, report_year, format_id, status, version, created_at, updated_at, "
                + "last_edited_by, published_at, submission_no, submitted_by, in_correction) select nu.id, r.report_year - 2, "
                + "r.format_id, 'PUBLISHED', 0, now(), now(), r.last_edited_by, now(), 1, r.submitted_by, false "
                + "from report r, unit nu where r.id = ? and nu.code like ?", template, code + "-s%");
        jdbc.update("insert into report_text (report_id, section_key, body) select nr.id, t.section_key, t.body "
                + "from report_text t, report nr join unit nu on nu.id = nr.unit_id where t.report_id = ? and nu.code like ?",
                template, code + "-s%");
        jdbc.update("insert into report_section_sketch (report_id, section_key, sketch) select nr.id, s.section_key, s.sketch "
                + "from report_section_sketch s, report nr join unit nu on nu.id = nr.unit_id where s.report_id = ? and nu.code like ?",
                template, code + "-s%");
        jdbc.execute("analyze");
        System.out.printf("seeded %d reports in %.1f s%n", missing, (System.nanoTime() - t0) / 1e9);
    }
}
