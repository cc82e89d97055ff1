package cn.nianbao.domain.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.Unit;

/**
 * Accounts, passwords (stored as bcrypt hashes) and the roles people hold in units. The system administrator
 * manages accounts and roles, the security administrator resets passwords; every change is written to the
 * security audit log in the same transaction.
 */
@Service
@Transactional
public class UserAccountService {

    /** bcrypt behind a {id} prefix, so the algorithm can be raised later without a migration. */
    public static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** Who acted when no person did: start-up, demo data, imports run by the system. */
    public static final String SYSTEM = "system";

    private static final Messages TEXT = Messages.of("security");

    private final AppUserRepository users;
    private final EntityManager em;
    private final SecurityAuditLog audit;
    private final PasswordHistory history;
    private final UserSessions sessions;
    private final AccessTokens tokens;
    private final Duration maxAge;
    private final ActingLeaders actingLeaders;
    private final Clock clock = Clock.systemUTC();

    private final RecipientQueries recipients;

    UserAccountService(AppUserRepository users, EntityManager em, SecurityAuditLog audit, PasswordHistory history,
                       UserSessions sessions, AccessTokens tokens,
                       @Value("${nianbao.security.password.max-age:P90D}") Duration maxAge,
                       ActingLeaders actingLeaders, RecipientQueries recipients) {
        this.actingLeaders = actingLeaders;
        this.recipients = recipients;
        this.users = users;
        this.em = em;
        this.audit = audit;
        this.history = history;
        this.sessions = sessions;
        this.tokens = tokens;
        this.maxAge = maxAge;
    }

    /**
     * Creates an account whose password someone else chose (an import, the first administrator, a test's
     * fixture): the person must change it at the first sign-in. The password policy is the caller's business.
     */
    public UserAccount create(String username, String rawPassword, String displayName, String email) {
        return create(SYSTEM, username, rawPassword, displayName, email, true, false);
    }

    /**
     * The demo accounts with the published password {@code demo}: exempt from the policy when loaded, marked so
     * that a PostgreSQL deployment outside demo mode refuses to start while one is left unchanged.
     */
    public UserAccount createDemo(String username, String rawPassword, String displayName, String email) {
        return create(SYSTEM, username, rawPassword, displayName, email, false, true);
    }

    private UserAccount create(String actor, String username, String rawPassword, String displayName, String email,
                               boolean temporary, boolean demo) {
        if (username == null || !username.matches(AccountFields.USERNAME_PATTERN)) {
            throw Refusal.invalid("BAD_USERNAME", TEXT.get("user.bad-username"));
        }
        if (rawPassword == null || rawPassword.length() < 4) {
            throw Refusal.invalid("WEAK_PASSWORD", TEXT.get("password.too-short", 4));
        }
        if (users.findByUsername(username).isPresent()) {
            throw Refusal.conflict("USER_EXISTS", TEXT.get("user.exists", username));
        }
        AppUser user = new AppUser(username, PASSWORDS.encode(rawPassword), displayName, email);
        Instant now = clock.instant();
        user.setPassword(user.getPasswordHash(), temporary, demo, now);
        AppUser saved = users.saveAndFlush(user);
        history.add(saved.getId(), saved.getPasswordHash(), now);
        audit.record(actor, AuditAction.USER_CREATE, username, AuditOutcome.SUCCESS);
        return saved.account();
    }

    /** A new account and its one-time password, which is shown to whoever created it once and never stored. */
    public record Issued(UserAccount account, String password) {
        @Override
        public String toString() {
            return "Issued[" + account.username() + ", password hidden]";
        }
    }

    /**
     * The system administrator adds a person; the first password is random ({@link OneTimePassword}), answered
     * once, and must be changed at the first sign-in. One account at a time is hashed at the default cost.
     */
    public Issued createWithOneTimePassword(Actor actor, String username, String displayName, String email) {
        requireSystemAdmin(actor);
        String name = username == null ? "" : username.strip();
        requireAccountFields(name, displayName, email);
        String password = OneTimePassword.generate(name);
        UserAccount made = create(actor.username(), name, password, displayName.strip(), AccountFields.email(email), true, false);
        return new Issued(made, password);
    }

    /** The system administrator adds a person with a first password that meets the policy. */
    public UserAccount createAs(Actor actor, String username, String rawPassword, String displayName, String email) {
        requireSystemAdmin(actor);
        requireAccountFields(username, displayName, email);
        requirePolicy(username, rawPassword);
        return create(actor.username(), username.strip(), rawPassword, displayName.strip(), AccountFields.email(email),
                true, false);
    }

    /** The checks of {@link AccountFields}, so that a name longer than its column is a 400, not a database error. */
    private static void requireAccountFields(String username, String displayName, String email) {
        AccountFields.usernameProblem(username == null ? "" : username.strip()).ifPresent(p -> {
            throw Refusal.invalid("BAD_USERNAME", p);
        });
        AccountFields.displayNameProblem(displayName).ifPresent(p -> {
            throw Refusal.invalid("BAD_NAME", p);
        });
        AccountFields.emailProblem(email).ifPresent(p -> {
            throw Refusal.invalid("BAD_EMAIL", p);
        });
    }

    /** The system administrator grants a role in a unit; the role must fit the unit ({@link RolePlacement}). */
    public UserAccount grantAs(Actor actor, String username, Role role, Long unitId) {
        requireSystemAdmin(actor);
        if (role == null) {
            throw Refusal.invalid("BAD_ROLE", TEXT.get("role.missing"));
        }
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit != null) {
            RolePlacement.problem(role, unit.getCode(), unit.getKind(),
                    unit.getParent() == null ? null : unit.getParent().getKind()).ifPresent(p -> {
                        throw Refusal.invalid("ROLE_NOT_HERE", p);
                    });
        }
        return grant(actor.username(), username, role, unitId);
    }

    /** The same with the unit named by its code (null for an administrator role). */
    public UserAccount grantByCode(Actor actor, String username, Role role, String unitCode) {
        requireSystemAdmin(actor);
        return grantAs(actor, username, role, unitIdOf(unitCode));
    }

    /** The system administrator takes a role away. */
    public UserAccount revokeAs(Actor actor, String username, Role role, Long unitId) {
        requireSystemAdmin(actor);
        if (role == Role.SYSTEM_ADMIN && actor.username().equals(username)) {
            // the last way back in would be the database: another system administrator takes it away, if anyone
            throw Refusal.conflict("OWN_ADMIN_ROLE", TEXT.get("role.keep-own-admin"));
        }
        return revoke(actor.username(), username, role, unitId);
    }

    /** The same with the unit named by its code; a role the person does not hold there is "not found". */
    public UserAccount revokeByCode(Actor actor, String username, Role role, String unitCode) {
        requireSystemAdmin(actor);
        Long unitId = unitIdOf(unitCode);
        UserAccount before = required(username).account();
        boolean held = before.grants().stream().anyMatch(g -> g.role() == role
                && (unitId == null ? g.unitId() == null : unitId.equals(g.unitId())));
        if (!held) {
            throw Refusal.notFound(TEXT.get("role.not-held", username, TEXT.get("role." + role.name()),
                    unitCode == null ? "" : "@" + unitCode));
        }
        return revokeAs(actor, username, role, unitId);
    }

    private Long unitIdOf(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return null;
        }
        return em.createQuery("select u.id from Unit u where u.code = :code", Long.class)
                .setParameter("code", unitCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound(TEXT.get("role.unit-missing", unitCode.strip())));
    }

    /**
     * The system administrator changes a person's name, e-mail or whether the account may sign in (null: keep;
     * a blank e-mail removes it). Disabling ends the person's sessions at once; nobody disables themselves.
     */
    public UserAccount updateAs(Actor actor, String username, String displayName, String email, Boolean enabled) {
        requireSystemAdmin(actor);
        AppUser user = required(username);
        if (displayName != null) {
            AccountFields.displayNameProblem(displayName).ifPresent(p -> {
                throw Refusal.invalid("BAD_NAME", p);
            });
        }
        if (email != null) {
            AccountFields.emailProblem(email).ifPresent(p -> {
                throw Refusal.invalid("BAD_EMAIL", p);
            });
        }
        if (Boolean.FALSE.equals(enabled) && actor.username().equals(username)) {
            throw Refusal.conflict("OWN_ACCOUNT", TEXT.get("user.keep-own-enabled"));
        }
        List<String> changed = new ArrayList<>();
        String name = displayName == null ? user.getDisplayName() : displayName.strip();
        String mail = email == null ? user.getEmail() : AccountFields.email(email);
        boolean on = enabled == null ? user.isEnabled() : enabled;
        if (!name.equals(user.getDisplayName())) {
            changed.add("name");
        }
        if (!java.util.Objects.equals(mail, user.getEmail())) {
            changed.add("email");
        }
        if (on != user.isEnabled()) {
            changed.add(on ? "enabled" : "disabled");
        }
        if (!changed.isEmpty()) {
            user.update(name, mail, on);
            users.saveAndFlush(user);
            if (!on) {
                sessions.endAll(username, null);
            }
            audit.record(actor.username(), AuditAction.USER_UPDATE, username + " " + String.join(",", changed),
                    AuditOutcome.SUCCESS);
        }
        return user.account();
    }

    /** Refuses anyone but the system administrator, before a request is even read. */
    public void checkSystemAdmin(Actor actor) {
        requireSystemAdmin(actor);
    }

    private static void requireSystemAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.SYSTEM_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("user.only-system-admin"));
        }
    }

    /** Grants a role on the system's behalf (demo data, first administrator, fixtures). */
    public UserAccount grant(String username, Role role, Long unitId) {
        return grant(SYSTEM, username, role, unitId);
    }

    private UserAccount grant(String actor, String username, Role role, Long unitId) {
        AppUser user = required(username);
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (role.isAdministrator() && unitId != null) {
            throw Refusal.invalid("NO_UNIT_FOR_ADMIN", TEXT.get("role.admin-without-unit"));
        }
        if (!role.isAdministrator() && unit == null) {
            throw Refusal.invalid("UNIT_REQUIRED", TEXT.get("role.unit-required"));
        }
        if (role.isAdministrator()) {
            // 三权分立: the system, security and audit administrators are three different people
            Optional<Role> other = user.getGrants().stream().map(RoleGrant::getRole)
                    .filter(r -> r.isAdministrator() && r != role).findFirst();
            if (other.isPresent()) {
                throw Refusal.conflict("SEPARATION_OF_DUTIES",
                        TEXT.get("role.separation", username, TEXT.get("role." + other.get().name()),
                                TEXT.get("role." + role.name())));
            }
        }
        boolean held = user.getGrants().stream().anyMatch(g -> g.getRole() == role
                && (unit == null ? g.getUnit() == null : g.getUnit() != null && g.getUnit().getId().equals(unit.getId())));
        if (!held) {
            user.getGrants().add(new RoleGrant(user, role, unit));
            audit.record(actor, AuditAction.ROLE_GRANT, username + " " + role.name()
                    + (unit == null ? "" : " @" + unit.getCode()), AuditOutcome.SUCCESS);
        }
        return users.saveAndFlush(user).account();
    }

    /** Takes a role away on the system's behalf. */
    public UserAccount revoke(String username, Role role, Long unitId) {
        return revoke(SYSTEM, username, role, unitId);
    }

    private UserAccount revoke(String actor, String username, Role role, Long unitId) {
        AppUser user = required(username);
        boolean removed = user.getGrants().removeIf(g -> g.getRole() == role
                && (unitId == null ? g.getUnit() == null : g.getUnit() != null && g.getUnit().getId().equals(unitId)));
        if (removed) {
            String unitCode = unitId == null ? null : em.find(Unit.class, unitId).getCode();
            audit.record(actor, AuditAction.ROLE_REVOKE, username + " " + role.name()
                    + (unitCode == null ? "" : " @" + unitCode), AuditOutcome.SUCCESS);
        }
        return users.saveAndFlush(user).account();
    }

    /**
     * The person changes their own password: the old one must be right and the new one meet the policy and
     * differ from the last five. Their other sessions end ({@code keepSession} is the one they are using, or
     * null from the API). A refusal is recorded too, in its own transaction.
     */
    public void changePassword(String username, String oldPassword, String newPassword, String keepSession) {
        AppUser user = required(username);
        List<String> problems = new ArrayList<>();
        if (oldPassword == null || !PASSWORDS.matches(oldPassword, user.getPasswordHash())) {
            problems.add(TEXT.get("password.old-wrong"));
        }
        problems.addAll(PasswordPolicy.problems(username, newPassword));
        if (problems.isEmpty() && reused(user, newPassword)) {
            problems.add(TEXT.get("password.reused", PasswordHistory.REMEMBERED));
        }
        if (!problems.isEmpty()) {
            audit.recordRegardless(username, AuditAction.PASSWORD_CHANGE, username, null, AuditOutcome.FAILURE);
            throw new Refusal(Refusal.Kind.INVALID, "WEAK_PASSWORD", String.join("；", problems), problems);
        }
        setPassword(user, newPassword, false);
        sessions.endAll(username, keepSession);
        audit.record(username, AuditAction.PASSWORD_CHANGE, username, AuditOutcome.SUCCESS);
    }

    /** The old signature, for callers that have no session to keep. */
    public void changePassword(String username, String oldPassword, String newPassword) {
        changePassword(username, oldPassword, newPassword, null);
    }

    /**
     * The security administrator sets a temporary password (which meets the policy); the person must change it
     * at the next sign-in, and every session and access token they have ends now: a reset usually means the
     * account was in someone else's hands, who may have made tokens with it.
     */
    public void resetPassword(Actor admin, String username, String temporary) {
        if (admin == null || !admin.has(Role.SECURITY_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("password.reset-only-security-admin"));
        }
        AppUser user = required(username);
        requirePolicy(username, temporary);
        if (reused(user, temporary)) {
            throw Refusal.invalid("WEAK_PASSWORD", TEXT.get("password.reused", PasswordHistory.REMEMBERED));
        }
        setPassword(user, temporary, true);
        sessions.endAll(username, null);
        tokens.revokeAll(admin.username(), username, "password reset");
        audit.record(admin.username(), AuditAction.PASSWORD_RESET, username, AuditOutcome.SUCCESS);
    }

    /**
     * The security administrator's reset from the administration screen: a random one-time password
     * ({@link OneTimePassword}), answered once to be handed over, that the person must replace at the next sign-in;
     * nobody chooses it, so nobody knows a person's password but the person.
     */
    public String resetWithOneTimePassword(Actor admin, String username) {
        String password = OneTimePassword.generate(username);
        resetPassword(admin, username, password);
        return password;
    }

    private void setPassword(AppUser user, String raw, boolean temporary) {
        Instant now = clock.instant();
        user.setPassword(PASSWORDS.encode(raw), temporary, false, now);
        users.saveAndFlush(user);
        history.add(user.getId(), user.getPasswordHash(), now);
    }

    private boolean reused(AppUser user, String raw) {
        return history.recent(user.getId(), user.getPasswordHash()).stream().anyMatch(h -> PASSWORDS.matches(raw, h));
    }

    private static void requirePolicy(String username, String raw) {
        List<String> problems = PasswordPolicy.problems(username, raw);
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "WEAK_PASSWORD", String.join("；", problems), problems);
        }
    }

    public UserAccount update(String username, String displayName, String email, boolean enabled) {
        AppUser user = required(username);
        user.update(displayName, email, enabled);
        audit.record(SYSTEM, AuditAction.USER_UPDATE, username + (enabled ? "" : " disabled"), AuditOutcome.SUCCESS);
        return user.account();
    }

    /** Whether the person must choose a new password before anything else (temporary or older than the maximum age). */
    @Transactional(readOnly = true)
    public boolean passwordChangeDue(String username) {
        return find(username).map(a -> a.passwordChangeDue(clock.instant(), maxAge)).orElse(false);
    }

    /** How many accounts still have the published demo password. */
    @Transactional(readOnly = true)
    public long demoPasswordsLeft() {
        return em.createQuery("select count(u) from AppUser u where u.demoPassword = true", Long.class).getSingleResult();
    }

    /** The security administrator's review of who holds which role (and the system administrator's). */
    @Transactional(readOnly = true)
    public List<UserAccount> roleHolders(Actor reader) {
        if (reader == null || !(reader.has(Role.SECURITY_ADMIN) || reader.has(Role.SYSTEM_ADMIN))) {
            throw Refusal.forbidden(TEXT.get("role.review-only-admins"));
        }
        return all().stream().filter(a -> !a.grants().isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username).map(AppUser::account);
    }

    /** The person as services see them, with the leaders' roles they hold today on someone's behalf (代理签发). */
    @Transactional(readOnly = true)
    public Optional<Actor> actor(String username) {
        return find(username).filter(UserAccount::enabled).map(UserAccount::actor)
                .map(a -> a.actingAs(actingLeaders.activeFor(a.username())));
    }

    /** Who holds a role in a unit: the candidates of a workflow stage, the people to notify. */
    @Transactional(readOnly = true)
    public List<UserAccount> holders(Role role, Long unitId) {
        return users.findByRoleInUnit(role, unitId).stream().map(AppUser::account).filter(UserAccount::enabled).toList();
    }

    /** Who holds any of the roles in a unit, each person once, in one query (the offices of an area). */
    @Transactional(readOnly = true)
    public List<UserAccount> holders(java.util.Collection<Role> roles, Long unitId) {
        return users.findByRolesInUnit(roles, unitId).stream().map(AppUser::account).filter(UserAccount::enabled)
                .sorted(java.util.Comparator.comparing(UserAccount::username)).toList();
    }

    /** Who holds any of the roles in a unit and is enabled, each once, by username: whom a notice goes to. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(java.util.Collection<Role> roles, Long unitId) {
        return recipients.holders(roles, unitId);
    }

    /** The person to tell, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(String username) {
        return username == null ? Optional.empty() : recipients.person(username);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAllByOrderByUsername().stream().map(AppUser::account).toList();
    }

    private AppUser required(String username) {
        return users.findByUsername(username).orElseThrow(() -> Refusal.notFound(TEXT.get("user.not-found", username)));
    }
}
