package cn.nianbao.domain.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/**
 * Failed sign-ins in a row per account and per client address, kept in the database so that every node sees the
 * same count. After each failure the next attempt waits longer (1 s, 2 s, 4 s … up to a ceiling); after
 * {@code max-failures} in a row the account is locked for {@code lock-duration}. An address gets the same with a
 * higher threshold, against one client trying many accounts; its delays begin only halfway there, so that one
 * person's typo does not hold up colleagues behind the same address. Failures further apart than the lock duration do not
 * count as "in a row". Unknown user names are counted like real ones, so the answers never tell them apart.
 */
@Service
public class SignInThrottle {

    /** Why an attempt is not even checked; the caller answers exactly as for a wrong password. */
    public enum Hold { ACCOUNT_LOCKED, ADDRESS_LOCKED, TOO_SOON }

    private static final Messages TEXT = Messages.of("security");

    private final JdbcTemplate jdbc;
    private final SecurityAuditLog audit;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final Duration lockDuration;
    private final Duration maxDelay;
    private Clock clock = Clock.systemUTC();

    @Autowired
    SignInThrottle(JdbcTemplate jdbc, SecurityAuditLog audit,
                   @Value("${nianbao.security.lockout.max-failures:5}") int maxFailures,
                   @Value("${nianbao.security.lockout.address-max-failures:20}") int addressMaxFailures,
                   @Value("${nianbao.security.lockout.duration:PT15M}") Duration lockDuration,
                   @Value("${nianbao.security.lockout.max-delay:PT30S}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.maxFailures = Math.max(1, maxFailures);
        this.addressMaxFailures = Math.max(1, addressMaxFailures);
        this.lockDuration = lockDuration;
        this.maxDelay = maxDelay;
    }

    /** For tests that move time. */
    void useClock(Clock c) {
        this.clock = c;
    }

    /** Whether an attempt for this account from this address must be refused before its password is looked at. */
    @Transactional(readOnly = true)
    public Optional<Hold> hold(String username, String address) {
        Instant now = clock.instant();
        List<State> states = jdbc.query("select subject, failures, last_failure_at, locked_until from sign_in_failure "
                + "where subject in (?, ?)", (rs, i) -> new State(rs.getString(1), rs.getInt(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject(4, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)),
                account(username), address(address));
        for (State s : states) {
            boolean isAccount = s.subject().startsWith("account:");
            if (s.lockedUntil() != null && s.lockedUntil().isAfter(now)) {
                return Optional.of(isAccount ? Hold.ACCOUNT_LOCKED : Hold.ADDRESS_LOCKED);
            }
            // an address (a whole township office behind one NAT) starts waiting only halfway to its lockout
            int run = isAccount ? s.failures() : s.failures() - addressMaxFailures / 2 + 1;
            if (s.lockedUntil() == null && s.lastFailureAt().plus(lockDuration).isAfter(now)
                    && s.lastFailureAt().plus(delay(run)).isAfter(now)) {
                return Optional.of(Hold.TOO_SOON);
            }
        }
        return Optional.empty();
    }

    /**
     * Counts a failed attempt against the account and the address; answers whether this failure locked the
     * account. Each statement commits on its own: the count must survive whatever the caller does next.
     */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        int accountFailures = count(account(username), now, maxFailures);
        if (address != null && !address.isBlank()) {
            int addressFailures = count(address(address), now, addressMaxFailures);
            if (addressFailures == addressMaxFailures) {
                audit.recordRegardless(normal(username), AuditAction.LOCKOUT, "address:" + address, address,
                        AuditOutcome.SUCCESS);
            }
        }
        boolean lockedNow = accountFailures == maxFailures;
        if (lockedNow) {
            audit.recordRegardless(normal(username), AuditAction.LOCKOUT, normal(username), address, AuditOutcome.SUCCESS);
        }
        return lockedNow;
    }

    /** A correct password ends the account's and the address's run of failures. */
    public void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_failure where subject in (?, ?)", account(username), address(address));
    }

    /** Whether the account is locked now (for the security administrator's screens). */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return hold(username, null).filter(h -> h == Hold.ACCOUNT_LOCKED).isPresent();
    }

    /** The security administrator lifts a lockout (and the failure count) before it runs out. */
    @Transactional
    public void unlock(Actor admin, String username) {
        if (admin == null || !admin.has(Role.SECURITY_ADMIN)) {
            throw Refusal.forbidden(TEXT.get("unlock.only-security-admin"));
        }
        jdbc.update("delete from sign_in_failure where subject = ?", account(username));
        audit.record(admin.username(), AuditAction.UNLOCK, normal(username), AuditOutcome.SUCCESS);
    }

    private int count(String subject, Instant now, int max) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        OffsetDateTime staleBefore = OffsetDateTime.ofInstant(now.minus(lockDuration), ZoneOffset.UTC);
        OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(lockDuration), ZoneOffset.UTC);
        // a run ends when its lock ran out or its last failure is older than the lock duration: start again at 1
        String update = """
                update sign_in_failure set
                  failures = case when (locked_until is not null and locked_until <= ?) or last_failure_at <= ?
                                  then 1 else failures + 1 end,
                  locked_until = case when (locked_until is not null and locked_until <= ?) or last_failure_at <= ?
                                      then (case when 1 >= ? then ? else null end)
                                      when failures + 1 >= ? then ? else locked_until end,
                  last_failure_at = ?
                where subject = ?""";
        Object[] args = {at, staleBefore, at, staleBefore, max, until, max, until, at, subject};
        if (jdbc.update(update, args) == 0) {
            try {
                jdbc.update("insert into sign_in_failure (subject, failures, last_failure_at, locked_until) "
                        + "values (?, 1, ?, ?)", subject, at, max <= 1 ? until : null);
            } catch (DuplicateKeyException raced) {
                // another node inserted the row a moment ago: count on it
                jdbc.update(update, args);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from sign_in_failure where subject = ?",
                Integer.class, subject);
        return failures == null ? 0 : failures;
    }

    /** The wait before the attempt after the n-th failure in a row: none after the first, then 1 s, 2 s, 4 s … */
    Duration delay(int failures) {
        if (failures < 2) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - 2, 20);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    static String normal(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }

    private static String account(String username) {
        return "account:" + normal(username);
    }

    private static String address(String address) {
        String a = address == null ? "" : address.strip();
        return "address:" + (a.length() > 200 ? a.substring(0, 200) : a);
    }

    private record State(String subject, int failures, Instant lastFailureAt, Instant lockedUntil) {
    }
}
