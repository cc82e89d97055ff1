package cn.nianbao.domain.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

/**
 * 代理签发: a leader away names someone of the unit to sign off in their place for a period, from one day to
 * another (China's days). The leader names and ends their own periods, the system administrator anyone's; each is
 * written to the security audit log. During the period the acting person holds the leader's role in the unit
 * ({@link Actor#acting()}, read fresh on every request), so the route offers them the 领导签发 tasks and the domain
 * lets them decide; the period ends by itself after its last day. The acting person must hold a role in the unit
 * already (they read its reports); whether they may decide a given report (not its drafter, not its 保密审查员) is
 * checked at the decision.
 */
@Service
@Transactional
public class ActingLeaders {

    /** A period longer than a year is no absence but a change of leader: that is a role to grant. */
    static final int MAX_DAYS = 366;

    private static final Messages TEXT = Messages.of("security");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A period as the leader's page shows it. */
    public record Period(Long id, Long unitId, String unitName, String leader, String leaderName, String acting,
                         String actingName, LocalDate from, LocalDate to, boolean running) {
    }

    private final ActingLeaderRepository periods;
    private final AppUserRepository users;
    private final UnitService units;
    private final SecurityAuditLog audit;
    private final Clock clock;
    private final RecipientQueries recipients;

    ActingLeaders(ActingLeaderRepository periods, AppUserRepository users, UnitService units, SecurityAuditLog audit,
                  Clock clock, RecipientQueries recipients) {
        this.recipients = recipients;
        this.periods = periods;
        this.users = users;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** {@code by} names {@code acting} to sign off for {@code leader} in the unit from {@code from} to {@code to}. */
    public Period name(Actor by, Long unitId, String leader, String acting, LocalDate from, LocalDate to) {
        requireMayName(by, unitId, leader);
        UserAccount leaderAccount = account(leader);
        if (!holds(leaderAccount, Role.LEADER, unitId)) {
            throw Refusal.invalid("NOT_A_LEADER", TEXT.get("acting.not-a-leader", leaderAccount.displayName()));
        }
        if (acting == null || acting.isBlank()) {
            throw Refusal.invalid("ACTING_REQUIRED", TEXT.get("acting.required"));
        }
        if (acting.equals(leader)) {
            throw Refusal.invalid("ACTING_SELF", TEXT.get("acting.self"));
        }
        UserAccount actingAccount = account(acting);
        if (!actingAccount.enabled() || !actingAccount.actor().belongsTo(unitId)) {
            throw Refusal.invalid("ACTING_NOT_IN_UNIT", TEXT.get("acting.not-in-unit", actingAccount.displayName()));
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw Refusal.invalid("BAD_PERIOD", TEXT.get("acting.bad-period"));
        }
        if (from.isBefore(today())) {
            throw Refusal.invalid("BAD_PERIOD", TEXT.get("acting.past"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw Refusal.invalid("BAD_PERIOD", TEXT.get("acting.too-long", MAX_DAYS));
        }
        for (ActingLeader open : periods.openOf(leader, today())) {
            if (open.getUnitId().equals(unitId) && !open.getStartsOn().isAfter(to) && !open.getEndsOn().isBefore(from)) {
                throw Refusal.conflict("ACTING_OVERLAP", TEXT.get("acting.overlap", name(open.getActing()),
                        open.getStartsOn().toString(), open.getEndsOn().toString()));
            }
        }
        ActingLeader saved = periods.saveAndFlush(new ActingLeader(unitId, leader, acting, from, to, by.username(),
                clock.instant()));
        audit.record(by.username(), AuditAction.ACTING_LEADER_NAMED, target(saved), AuditOutcome.SUCCESS);
        return view(saved);
    }

    /** Ends a period at once (the leader is back early, or the wrong person was named). */
    public void end(Actor by, Long id) {
        ActingLeader p = periods.findById(id).filter(x -> !x.ended())
                .orElseThrow(() -> Refusal.notFound(TEXT.get("acting.not-found")));
        requireMayName(by, p.getUnitId(), p.getLeader());
        p.end(by.username(), clock.instant());
        periods.saveAndFlush(p);
        audit.record(by.username(), AuditAction.ACTING_LEADER_ENDED, target(p), AuditOutcome.SUCCESS);
    }

    /** The periods the actor named as a leader that are not over yet (running or to come). */
    @Transactional(readOnly = true)
    public List<Period> openOf(Actor leader) {
        return periods.openOf(leader.username(), today()).stream().map(this::view).toList();
    }

    /**
     * Who may act for the leader in the unit: the unit's other leaders first, then everyone else who holds a role in
     * it (a deputy without the leader's role is picked from them).
     */
    @Transactional(readOnly = true)
    public List<UserAccount> candidates(Actor by, Long unitId, String leader) {
        requireMayName(by, unitId, leader);
        Map<String, UserAccount> out = new LinkedHashMap<>();
        for (Role role : List.of(Role.LEADER, Role.SECRECY_REVIEWER, Role.CLERK)) {
            users.findByRoleInUnit(role, unitId).stream().map(AppUser::account)
                    .filter(a -> a.enabled() && !a.username().equals(leader))
                    .forEach(a -> out.putIfAbsent(a.username(), a));
        }
        return new ArrayList<>(out.values());
    }

    /** The leaders' roles the person holds today on someone's behalf; a leader who lost the role lends it no more. */
    @Transactional(readOnly = true)
    public List<Acting> activeFor(String username) {
        List<Acting> out = new ArrayList<>();
        for (ActingLeader p : periods.activeFor(username, today())) {
            Optional<UserAccount> leader = users.findByUsername(p.getLeader()).map(AppUser::account);
            Optional<UnitView> unit = units.findById(p.getUnitId());
            if (leader.isPresent() && leader.get().enabled() && holds(leader.get(), Role.LEADER, p.getUnitId()) && unit.isPresent()) {
                out.add(new Acting(p.getUnitId(), unit.get().code(), p.getLeader(), leader.get().displayName(), p.getEndsOn()));
            }
        }
        return out;
    }

    /** Whom to tell of the unit's 领导签发: its leaders and whoever acts for one today, in one query. */
    @Transactional(readOnly = true)
    public List<Recipient> leadersToTell(Long unitId) {
        return recipients.leadersAndActing(unitId, today());
    }

    private void requireMayName(Actor by, Long unitId, String leader) {
        boolean self = by.username().equals(leader) && by.holds(Role.LEADER, unitId);
        if (!self && !by.has(Role.SYSTEM_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("acting.forbidden"));
        }
    }

    private static boolean holds(UserAccount account, Role role, Long unitId) {
        return account.grants().stream().anyMatch(g -> g.role() == role && unitId.equals(g.unitId()));
    }

    private UserAccount account(String username) {
        return users.findByUsername(username == null ? "" : username).map(AppUser::account)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("user.not-found", username)));
    }

    private String name(String username) {
        return users.findByUsername(username).map(u -> u.account().displayName()).orElse(username);
    }

    private String target(ActingLeader p) {
        String unit = units.findById(p.getUnitId()).map(UnitView::code).orElse(String.valueOf(p.getUnitId()));
        return p.getActing() + " → " + p.getLeader() + " " + unit + " " + p.getStartsOn() + "~" + p.getEndsOn();
    }

    private Period view(ActingLeader p) {
        LocalDate today = today();
        return new Period(p.getId(), p.getUnitId(), units.findById(p.getUnitId()).map(UnitView::name).orElse(""),
                p.getLeader(), name(p.getLeader()), p.getActing(), name(p.getActing()), p.getStartsOn(), p.getEndsOn(),
                !p.getStartsOn().isAfter(today) && !p.getEndsOn().isBefore(today));
    }
}
