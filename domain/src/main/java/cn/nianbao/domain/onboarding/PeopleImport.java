package cn.nianbao.domain.onboarding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.user.AccountFields;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.OneTimePassword;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.RolePlacement;

/**
 * Imports a sheet of people with their roles as a whole, like {@link UnitImport}: every row is checked against the
 * sheet and the database first, and nothing is written unless every row is clean. Idempotent by user name: a known
 * person gets the sheet's name and e-mail and any of its roles they lack (updated), or is left unchanged; an import
 * never takes a role away, never touches a password, and never changes whether an account is enabled. Each new
 * person gets a random one-time password ({@link OneTimePassword}), answered once and stored only as its hash.
 * Writes are JDBC batches and the hashes are computed on every core, so a province's 45,000 people take seconds.
 */
@Service
@Transactional
public class PeopleImport {

    /** The roles a sheet may grant; the administrators are appointed one by one (三权分立). */
    public static final Set<Role> SHEET_ROLES = EnumSet.of(Role.CLERK, Role.SECRECY_REVIEWER, Role.LEADER,
            Role.COUNTY_OFFICE, Role.CITY_OFFICE, Role.PROVINCE_OFFICE);
    public static final String AUDIT_ACTION = "USER_IMPORT";
    /** The sheet's columns in their order; a row's problems are listed in it, left to right. */
    public static final List<String> COLUMNS = List.of("username", "display_name", "email", "unit_code", "roles");

    private static final int CHUNK = 1000;
    private static final Messages TEXT = Messages.of("onboarding");

    private final JdbcTemplate jdbc;
    private final SecurityAuditLog audit;

    PeopleImport(JdbcTemplate jdbc, SecurityAuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A unit as the checks need it: its kind and its parent's (null at the top) decide which roles it may hold. */
    private record StoredUnit(String code, UnitKind kind, UnitKind parentKind) {
    }

    /** A person already stored, with their grants as {@code ROLE@unitCode}. */
    private record StoredPerson(String username, String displayName, String email, Set<String> grants,
                                boolean administrator) {
    }

    /** A clean row, read: what the person should have after the import. */
    private record Wanted(PersonRow row, String username, String displayName, String email, String unitCode,
                          Set<Role> roles) {
    }

    /** Checks the sheet and answers what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportOutcome dryRun(Actor actor, List<PersonRow> rows) {
        requireAdmin(actor);
        return plan(rows).outcome();
    }

    /** Imports a clean sheet and answers the new people's one-time passwords; a sheet with problems imports nothing. */
    public PeopleImportOutcome apply(Actor actor, List<PersonRow> rows) {
        requireAdmin(actor);
        Plan plan = plan(rows);
        if (!plan.problems.isEmpty()) {
            audit.record(actor.username(), AUDIT_ACTION, "rows=" + rows.size() + " problems=" + plan.problems.size(),
                    AuditOutcome.FAILURE);
            return new PeopleImportOutcome(plan.outcome(), List.of());
        }
        List<IssuedPassword> passwords = write(plan);
        audit.record(actor.username(), AUDIT_ACTION, "rows=" + rows.size() + " created=" + plan.toCreate.size()
                + " updated=" + plan.toUpdate.size() + " unchanged=" + plan.unchanged + " roles=" + plan.grantsToAdd(),
                AuditOutcome.SUCCESS);
        return new PeopleImportOutcome(plan.outcome(), passwords);
    }

    /** Refuses anyone but a system administrator before a sheet is even read. */
    public void checkAllowed(Actor actor) {
        requireAdmin(actor);
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.SYSTEM_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("refuse.people_not_admin"));
        }
    }

    // ------------------------------------------------------------------ checking

    private static final class Plan {
        final List<PersonRow> rows;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<Wanted> toCreate = new ArrayList<>();
        final List<Wanted> toUpdate = new ArrayList<>();
        final Map<String, StoredPerson> stored;
        int unchanged;

        Plan(List<PersonRow> rows, Map<String, StoredPerson> stored) {
            this.rows = rows;
            this.stored = stored;
        }

        ImportOutcome outcome() {
            boolean ok = problems.isEmpty();
            return new ImportOutcome(ok, rows.size(), List.copyOf(problems), ok ? toCreate.size() : 0,
                    ok ? toUpdate.size() : 0, ok ? unchanged : 0);
        }

        void problem(PersonRow r, String column, String message) {
            problems.add(new ImportProblem(r.row(), column, message));
        }

        /** The grants the sheet adds: all of a new person's, the missing ones of a known person. */
        long grantsToAdd() {
            long n = toCreate.stream().mapToLong(w -> w.roles().size()).sum();
            for (Wanted w : toUpdate) {
                n += missingGrants(w, stored.get(w.username())).size();
            }
            return n;
        }
    }

    private Plan plan(List<PersonRow> input) {
        if (input.isEmpty()) {
            throw Refusal.invalid("EMPTY_SHEET", TEXT.get("refuse.people_empty"));
        }
        Map<String, StoredUnit> units = loadUnits(input.stream().map(r -> clean(r.unitCode())).collect(Collectors.toSet()));
        Plan plan = new Plan(input, loadPeople(input.stream().map(r -> clean(r.username())).collect(Collectors.toSet())));
        Map<String, PersonRow> byUsername = new HashMap<>();
        List<Wanted> wanted = new ArrayList<>();
        for (PersonRow r : input) {
            Wanted w = check(plan, r, byUsername, units);
            if (w != null) {
                wanted.add(w);
            }
        }
        if (plan.problems.isEmpty()) {
            for (Wanted w : wanted) {
                StoredPerson s = plan.stored.get(w.username());
                if (s == null) {
                    plan.toCreate.add(w);
                } else if (!s.displayName().equals(w.displayName()) || !Objects.equals(s.email(), w.email())
                        || !missingGrants(w, s).isEmpty()) {
                    plan.toUpdate.add(w);
                } else {
                    plan.unchanged++;
                }
            }
        }
        plan.problems.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(COLUMNS.indexOf(a.column()), COLUMNS.indexOf(b.column())));
        return plan;
    }

    /** Every problem of one row; the row as it will be written when it has none. */
    private static Wanted check(Plan plan, PersonRow r, Map<String, PersonRow> byUsername, Map<String, StoredUnit> units) {
        int before = plan.problems.size();
        String username = clean(r.username());
        var usernameProblem = AccountFields.usernameProblem(username);
        StoredPerson existing = plan.stored.get(username);
        if (usernameProblem.isPresent()) {
            plan.problem(r, "username", usernameProblem.get());
        } else if (byUsername.containsKey(username)) {
            plan.problem(r, "username", TEXT.get("problem.username_duplicate", username, byUsername.get(username).row()));
        } else {
            byUsername.put(username, r);
            if (existing != null && existing.administrator()) {
                plan.problem(r, "username", TEXT.get("problem.username_administrator", username));
            }
        }
        AccountFields.displayNameProblem(r.displayName()).ifPresent(p -> plan.problem(r, "display_name", p));
        AccountFields.emailProblem(r.email()).ifPresent(p -> plan.problem(r, "email", p));
        String unitCode = clean(r.unitCode());
        StoredUnit unit = units.get(unitCode);
        if (unitCode.isEmpty()) {
            plan.problem(r, "unit_code", TEXT.get("problem.unit_missing"));
        } else if (unit == null) {
            plan.problem(r, "unit_code", TEXT.get("problem.unit_unknown", unitCode));
        }
        Set<Role> roles = roles(plan, r, unit);
        if (plan.problems.size() > before) {
            return null;
        }
        return new Wanted(r, username, clean(r.displayName()), AccountFields.email(r.email()), unitCode, roles);
    }

    private static Set<Role> roles(Plan plan, PersonRow r, StoredUnit unit) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = new ArrayList<>();
        for (String piece : clean(r.roles()).split("\\|")) {
            if (!piece.isBlank()) {
                names.add(piece.strip());
            }
        }
        if (names.isEmpty()) {
            plan.problem(r, "roles", TEXT.get("problem.roles_missing"));
            return roles;
        }
        for (String name : new LinkedHashSet<>(names)) {
            Role role = roleNamed(name);
            if (role == null) {
                plan.problem(r, "roles", TEXT.get("problem.role_unknown", name, SHEET_ROLES.stream().map(Enum::name)
                        .collect(Collectors.joining("、"))));
            } else if (!SHEET_ROLES.contains(role)) {
                plan.problem(r, "roles", TEXT.get("problem.role_administrator", name));
            } else {
                roles.add(role);
                if (unit != null) {
                    RolePlacement.problem(role, unit.code(), unit.kind(), unit.parentKind())
                            .ifPresent(p -> plan.problem(r, "roles", p));
                }
            }
        }
        return roles;
    }

    private static Role roleNamed(String name) {
        for (Role r : Role.values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        return null;
    }

    private static Set<String> missingGrants(Wanted w, StoredPerson s) {
        Set<String> missing = new LinkedHashSet<>();
        for (Role role : w.roles()) {
            String key = role.name() + "@" + w.unitCode();
            if (!s.grants().contains(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private Map<String, StoredUnit> loadUnits(Set<String> codes) {
        Map<String, StoredUnit> out = new HashMap<>();
        chunks(codes, (marks, chunk) -> jdbc.query("select u.code, u.kind, p.kind from unit u left join unit p on p.id = u.parent_id "
                + "where u.code in (" + marks + ")", rs -> {
                    String parentKind = rs.getString(3);
                    out.put(rs.getString(1), new StoredUnit(rs.getString(1), UnitKind.valueOf(rs.getString(2)),
                            parentKind == null ? null : UnitKind.valueOf(parentKind)));
                }, chunk));
        return out;
    }

    private Map<String, StoredPerson> loadPeople(Set<String> usernames) {
        Map<String, String[]> accounts = new HashMap<>();
        Map<String, Set<String>> grants = new HashMap<>();
        Set<String> administrators = new HashSet<>();
        chunks(usernames, (marks, chunk) -> jdbc.query("select a.username, a.display_name, a.email, g.role, u.code "
                + "from app_user a left join role_grant g on g.user_id = a.id left join unit u on u.id = g.unit_id "
                + "where a.username in (" + marks + ")", rs -> {
                    String username = rs.getString(1);
                    accounts.putIfAbsent(username, new String[] {rs.getString(2), rs.getString(3)});
                    String role = rs.getString(4);
                    Set<String> held = grants.computeIfAbsent(username, k -> new HashSet<>());
                    if (role != null) {
                        held.add(role + "@" + rs.getString(5));
                        if (Role.valueOf(role).isAdministrator()) {
                            administrators.add(username);
                        }
                    }
                }, chunk));
        Map<String, StoredPerson> out = new HashMap<>();
        accounts.forEach((username, a) -> out.put(username, new StoredPerson(username, a[0], a[1],
                grants.getOrDefault(username, Set.of()), administrators.contains(username))));
        return out;
    }

    private interface ChunkQuery {
        void run(String marks, Object[] chunk);
    }

    private static void chunks(Set<String> values, ChunkQuery query) {
        List<String> all = values.stream().filter(v -> !v.isEmpty()).toList();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            query.run(String.join(",", Collections.nCopies(chunk.size(), "?")), chunk.toArray());
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    // ------------------------------------------------------------------ writing

    private List<IssuedPassword> write(Plan plan) {
        List<IssuedPassword> passwords = plan.toCreate.stream()
                .map(w -> new IssuedPassword(w.username(), OneTimePassword.generate(w.username()))).toList();
        List<String> hashes = hashInParallel(passwords);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> grants = new ArrayList<>();
        for (int i = 0; i < plan.toCreate.size(); i++) {
            Wanted w = plan.toCreate.get(i);
            accounts.add(new Object[] {w.username(), hashes.get(i), w.displayName(), w.email(), now});
            history.add(new Object[] {w.username(), hashes.get(i), now});
            w.roles().forEach(role -> grants.add(new Object[] {w.username(), role.name(), w.unitCode()}));
        }
        List<Object[]> profiles = new ArrayList<>();
        for (Wanted w : plan.toUpdate) {
            profiles.add(new Object[] {w.displayName(), w.email(), w.username()});
            for (String key : missingGrants(w, plan.stored.get(w.username()))) {
                grants.add(new Object[] {w.username(), key.substring(0, key.indexOf('@')), w.unitCode()});
            }
        }
        // must_change_password: the first sign-in leads to the password change; the ids are looked up in the
        // statements themselves (earlier rows of a batch are already in the table), as the unit import does
        jdbc.batchUpdate("insert into app_user (username, password_hash, display_name, email, enabled, password_changed_at, "
                + "must_change_password, demo_password) values (?, ?, ?, ?, true, ?, true, false)", accounts);
        jdbc.batchUpdate("insert into password_history (user_id, password_hash, set_at) "
                + "values ((select a.id from app_user a where a.username = ?), ?, ?)", history);
        jdbc.batchUpdate("update app_user set display_name = ?, email = ? where username = ?", profiles);
        jdbc.batchUpdate("insert into role_grant (user_id, role, unit_id) values ((select a.id from app_user a where "
                + "a.username = ?), ?, (select u.id from unit u where u.code = ?))", grants);
        return passwords;
    }

    /**
     * bcrypt is the import's only real work (~1 ms a hash even at {@link OneTimePassword#IMPORT_BCRYPT_COST}),
     * so the hashes are computed on every core at once, in a pool of the import's own that ends with it.
     */
    private static List<String> hashInParallel(List<IssuedPassword> passwords) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(() -> passwords.parallelStream().map(p -> OneTimePassword.hashForImport(p.password())).toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("hashing the one-time passwords failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
