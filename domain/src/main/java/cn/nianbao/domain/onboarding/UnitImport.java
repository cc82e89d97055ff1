package cn.nianbao.domain.onboarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.user.Actor;

/**
 * Imports a sheet of units as a whole: every row is checked against the file and the database first, and nothing
 * is written unless all rows are clean. Idempotent by code: a known code is updated (name, short name, kind) or
 * left unchanged; its parent is never moved by an import. Writes are JDBC batches, one level of the tree after the
 * other, so a province of 15,000 units takes seconds, not a loop of entity saves.
 */
@Service
@Transactional
public class UnitImport {

    static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
    private static final int CHUNK = 1000;
    private static final Messages TEXT = Messages.of("onboarding");

    private final JdbcTemplate jdbc;

    private final SecurityAuditLog audit;

    UnitImport(JdbcTemplate jdbc, SecurityAuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A unit already stored, as an import compares with it. */
    private record Stored(String code, String name, String shortName, String kind, String parentCode, String path) {
    }

    /** Checks the sheet and answers what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportOutcome dryRun(Actor actor, List<UnitRow> rows) {
        requireAdmin(actor);
        return plan(rows).outcome();
    }

    /** Imports a clean sheet; a sheet with problems answers them and imports nothing. */
    public ImportOutcome apply(Actor actor, List<UnitRow> rows) {
        requireAdmin(actor);
        Plan plan = plan(rows);
        if (!plan.problems.isEmpty()) {
            return plan.outcome();
        }
        write(plan);
        // every unit the sheet created or changed has its own entry in the security audit, as a single change has
        audit.recordEach(actor.username(), UnitDirectory.UNIT_CREATE, targets(plan.toCreate), AuditOutcome.SUCCESS);
        audit.recordEach(actor.username(), UnitDirectory.UNIT_UPDATE, targets(plan.toUpdate), AuditOutcome.SUCCESS);
        return plan.outcome();
    }

    /** Refuses anyone but a system administrator before a sheet is even read. */
    public void checkAllowed(Actor actor) {
        requireAdmin(actor);
    }

    private static List<String> targets(List<UnitRow> rows) {
        return rows.stream().map(r -> "unit:" + UnitRow.clean(r.code()) + " " + UnitRow.clean(r.name()) + " ("
                + shortNameOf(r) + ", " + UnitRow.clean(r.kind()) + ") import").toList();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw Refusal.forbidden(TEXT.get("refuse.not_admin"));
        }
    }

    // ------------------------------------------------------------------ checking

    private final class Plan {
        final List<UnitRow> rows;
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<String, Stored> stored;
        final List<UnitRow> toCreate = new ArrayList<>();
        final List<UnitRow> toUpdate = new ArrayList<>();
        int unchanged;

        Plan(List<UnitRow> rows, Map<String, Stored> stored) {
            this.rows = rows;
            this.stored = stored;
        }

        ImportOutcome outcome() {
            boolean ok = problems.isEmpty();
            return new ImportOutcome(ok, rows.size(), List.copyOf(problems), ok ? toCreate.size() : 0,
                    ok ? toUpdate.size() : 0, ok ? unchanged : 0);
        }

        void problem(UnitRow r, String column, String key, Object... args) {
            problems.add(new ImportProblem(r.row(), column, TEXT.get(key, args)));
        }
    }

    private Plan plan(List<UnitRow> input) {
        if (input.isEmpty()) {
            throw Refusal.invalid("EMPTY_SHEET", TEXT.get("refuse.empty"));
        }
        Set<String> referenced = new HashSet<>();
        input.forEach(r -> {
            referenced.add(UnitRow.clean(r.code()));
            referenced.add(UnitRow.clean(r.parentCode()));
        });
        Plan plan = new Plan(input, load(referenced));
        Map<String, UnitRow> byCode = new HashMap<>();
        for (UnitRow r : input) {
            checkRow(plan, r, byCode);
        }
        for (UnitRow r : input) {
            checkParent(plan, r, byCode);
        }
        if (plan.problems.isEmpty()) {
            for (UnitRow r : byCode.values()) {
                Stored s = plan.stored.get(UnitRow.clean(r.code()));
                if (s == null) {
                    plan.toCreate.add(r);
                } else if (s.name().equals(UnitRow.clean(r.name())) && s.shortName().equals(shortNameOf(r))
                        && s.kind().equals(UnitRow.clean(r.kind()))) {
                    plan.unchanged++;
                } else {
                    plan.toUpdate.add(r);
                }
            }
        }
        plan.problems.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : a.column().compareTo(b.column()));
        return plan;
    }

    private static String shortNameOf(UnitRow r) {
        return UnitRow.clean(r.shortName()).isEmpty() ? UnitRow.clean(r.name()) : UnitRow.clean(r.shortName());
    }

    private void checkRow(Plan plan, UnitRow r, Map<String, UnitRow> byCode) {
        String code = UnitRow.clean(r.code());
        if (code.isEmpty()) {
            plan.problem(r, "code", "problem.code_missing");
        } else if (!code.matches(CODE_PATTERN)) {
            plan.problem(r, "code", "problem.code_bad", code);
        } else if (byCode.containsKey(code)) {
            plan.problem(r, "code", "problem.code_duplicate", code, byCode.get(code).row());
        } else {
            byCode.put(code, r);
        }
        String name = UnitRow.clean(r.name());
        if (name.isEmpty()) {
            plan.problem(r, "name", "problem.name_missing");
        } else if (name.length() > 200) {
            plan.problem(r, "name", "problem.name_long", 200);
        }
        if (shortNameOf(r).length() > 100) {
            plan.problem(r, "short_name", "problem.short_name_long", 100);
        }
        String kind = UnitRow.clean(r.kind());
        if (kind.isEmpty()) {
            plan.problem(r, "kind", "problem.kind_missing");
        } else if (Arrays.stream(UnitKind.values()).noneMatch(k -> k.name().equals(kind))) {
            plan.problem(r, "kind", "problem.kind_unknown", kind,
                    Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining("、")));
        }
    }

    private void checkParent(Plan plan, UnitRow r, Map<String, UnitRow> byCode) {
        String code = UnitRow.clean(r.code());
        String parent = UnitRow.clean(r.parentCode());
        Stored existing = plan.stored.get(code);
        if (byCode.get(code) != r) {
            return; // a duplicate or bad code was reported already
        }
        if (existing != null && !parent.equals(existing.parentCode() == null ? "" : existing.parentCode())) {
            plan.problem(r, "parent_code", "problem.parent_moved", code,
                    existing.parentCode() == null ? TEXT.get("problem.no_parent") : existing.parentCode());
            return;
        }
        if (parent.isEmpty()) {
            return;
        }
        if (parent.equals(code)) {
            plan.problem(r, "parent_code", "problem.parent_self");
        } else if (!byCode.containsKey(parent) && !plan.stored.containsKey(parent)) {
            plan.problem(r, "parent_code", "problem.parent_unknown", parent);
        } else if (inCycle(code, byCode, plan.stored)) {
            plan.problem(r, "parent_code", "problem.parent_cycle", code);
        }
    }

    /** Whether following the sheet's parents from this code comes back to it before reaching a stored unit or a root. */
    private static boolean inCycle(String code, Map<String, UnitRow> byCode, Map<String, Stored> stored) {
        Set<String> seen = new HashSet<>();
        for (String at = code; at != null && !at.isEmpty() && !stored.containsKey(at); ) {
            if (!seen.add(at)) {
                return true;
            }
            UnitRow r = byCode.get(at);
            at = r == null ? null : UnitRow.clean(r.parentCode());
        }
        return false;
    }

    private Map<String, Stored> load(Set<String> codes) {
        Map<String, Stored> out = new HashMap<>();
        List<String> all = codes.stream().filter(c -> !c.isEmpty()).toList();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select u.code, u.name, u.short_name, u.kind, p.code, u.path from unit u "
                    + "left join unit p on p.id = u.parent_id where u.code in (" + marks + ")", rs -> {
                        out.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }, chunk.toArray());
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    private void write(Plan plan) {
        Map<String, String> paths = new HashMap<>();
        plan.stored.values().forEach(s -> paths.put(s.code(), s.path()));
        Map<String, UnitRow> creating = new HashMap<>();
        plan.toCreate.forEach(r -> creating.put(UnitRow.clean(r.code()), r));
        List<Object[]> inserts = new ArrayList<>();
        for (UnitRow r : plan.toCreate) {
            addParentsFirst(UnitRow.clean(r.code()), creating, paths, inserts);
        }
        // one batch per level of the tree, parents' level first: each insert looks its parent's id up in the
        // table, and a parent must be there from an earlier statement. Within one statement it may not be: the
        // PostgreSQL driver sends a batch as multi-row inserts (reWriteBatchedInserts), whose subqueries do not
        // see the rows of the same statement.
        Map<Integer, List<Object[]>> byDepth = new java.util.TreeMap<>();
        for (Object[] row : inserts) {
            byDepth.computeIfAbsent(depth((String) row[5]), d -> new ArrayList<>()).add(row);
        }
        for (List<Object[]> level : byDepth.values()) {
            jdbc.batchUpdate("insert into unit (code, name, short_name, kind, parent_id, path) "
                    + "values (?, ?, ?, ?, (select p.id from unit p where p.code = ?), ?)", level);
        }
        List<Object[]> updates = plan.toUpdate.stream().map(r -> new Object[] {UnitRow.clean(r.name()), shortNameOf(r),
                UnitRow.clean(r.kind()), UnitRow.clean(r.code())}).toList();
        jdbc.batchUpdate("update unit set name = ?, short_name = ?, kind = ? where code = ?", updates);
    }

    /** How deep a path lies: {@code /a/} is 1, {@code /a/b/} 2. */
    private static int depth(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 1;
    }

    private static void addParentsFirst(String code, Map<String, UnitRow> creating, Map<String, String> paths,
                                        List<Object[]> inserts) {
        List<UnitRow> chain = new ArrayList<>();
        for (String at = code; creating.containsKey(at) && !paths.containsKey(at); ) {
            UnitRow r = creating.get(at);
            chain.add(0, r);
            at = UnitRow.clean(r.parentCode());
        }
        for (UnitRow r : chain) {
            String c = UnitRow.clean(r.code());
            String parent = UnitRow.clean(r.parentCode());
            String path = (parent.isEmpty() ? "/" : paths.get(parent)) + c + "/";
            paths.put(c, path);
            inserts.add(new Object[] {c, UnitRow.clean(r.name()), shortNameOf(r), UnitRow.clean(r.kind()),
                    parent.isEmpty() ? null : parent, path});
        }
    }
}
