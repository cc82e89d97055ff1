package cn.nianbao.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.user.SignInThrottle.Hold;

/** Growing delays and the lockout, counted in the database, with a clock the test moves. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class SignInThrottleTest {

    static final Actor AUDITOR = new Actor("auditor", "审计", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));
    static final Actor SECURITY = new Actor("sec", "安全", List.of(new Grant(Role.SECURITY_ADMIN, null, null)));
    static final Actor SYSTEM = new Actor("sys", "系统", List.of(new Grant(Role.SYSTEM_ADMIN, null, null)));

    @Autowired SignInThrottle throttle;
    @Autowired SecurityAuditLog audit;

    Instant now = Instant.parse("2026-12-01T08:00:00Z");
    String user;
    String address;

    @BeforeEach
    void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        user = "someone." + tag;
        address = "2001:db8::" + tag.substring(0, 4) + ":" + tag.substring(4);
        at(now);
    }

    @AfterEach
    void realTime() {
        throttle.useClock(Clock.systemUTC());
    }

    private void at(Instant t) {
        now = t;
        throttle.useClock(Clock.fixed(t, ZoneOffset.UTC));
    }

    private void later(Duration d) {
        at(now.plus(d));
    }

    @Test
    void each_failure_makes_the_next_attempt_wait_longer() {
        assertThat(throttle.hold(user, address)).isEmpty();
        throttle.failed(user, address);
        assertThat(throttle.hold(user, address)).isEmpty();
        throttle.failed(user, address);
        assertThat(throttle.hold(user, address)).contains(Hold.TOO_SOON);
        later(Duration.ofSeconds(1));
        assertThat(throttle.hold(user, address)).isEmpty();
        throttle.failed(user, address);
        later(Duration.ofSeconds(1));
        assertThat(throttle.hold(user, address)).contains(Hold.TOO_SOON);
        later(Duration.ofSeconds(1));
        assertThat(throttle.hold(user, address)).isEmpty();
        assertThat(throttle.delay(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delay(30)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void five_failures_in_a_row_lock_the_account_for_fifteen_minutes_from_any_address() {
        for (int i = 1; i <= 5; i++) {
            boolean locked = throttle.failed(user, address);
            assertThat(locked).isEqualTo(i == 5);
            later(Duration.ofMinutes(1));
        }
        assertThat(throttle.hold(user, address)).contains(Hold.ACCOUNT_LOCKED);
        assertThat(throttle.hold(user, "198.51.100.9")).contains(Hold.ACCOUNT_LOCKED);
        assertThat(throttle.isLocked(user)).isTrue();

        later(Duration.ofMinutes(14)); // fifteen minutes after the fifth failure
        assertThat(throttle.hold(user, address)).isEmpty();
        // after the lock a new run starts from one failure
        assertThat(throttle.failed(user, address)).isFalse();
        later(Duration.ofSeconds(1));
        assertThat(throttle.hold(user, address)).isEmpty();

        List<AuditEntry> lockouts = audit.search(AUDITOR, new AuditQuery(null, null, user, AuditAction.LOCKOUT, 0, 5));
        assertThat(lockouts).hasSize(1);
        assertThat(lockouts.get(0).source()).isEqualTo(address);
    }

    @Test
    void a_success_ends_the_run_and_failures_far_apart_are_not_in_a_row() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(user, address);
            later(Duration.ofMinutes(1));
        }
        throttle.succeeded(user, address);
        assertThat(throttle.failed(user, address)).isFalse();

        for (int i = 0; i < 6; i++) {
            later(Duration.ofMinutes(16));
            assertThat(throttle.failed(user, address)).isFalse();
        }
        assertThat(throttle.isLocked(user)).isFalse();
    }

    @Test
    void unknown_accounts_are_counted_like_real_ones() {
        String nobody = "no-such-user-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            throttle.failed(nobody, address);
            later(Duration.ofMinutes(1));
        }
        assertThat(throttle.hold(nobody, address)).contains(Hold.ACCOUNT_LOCKED);
    }

    @Test
    void one_address_trying_many_accounts_is_locked_too() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("spray" + i + "." + user, address);
        }
        assertThat(throttle.hold("fresh." + user, address)).contains(Hold.ADDRESS_LOCKED);
        assertThat(throttle.hold("fresh." + user, "203.0.113.7")).isEmpty();
    }

    @Test
    void only_the_security_administrator_unlocks_and_it_is_audited() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(user, address);
            later(Duration.ofSeconds(40));
        }
        assertThat(throttle.isLocked(user)).isTrue();
        assertThatThrownBy(() -> throttle.unlock(SYSTEM, user))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getMessage()).contains("安全管理员"));

        throttle.unlock(SECURITY, user);

        assertThat(throttle.isLocked(user)).isFalse();
        assertThat(audit.search(AUDITOR, new AuditQuery(null, null, "sec", AuditAction.UNLOCK, 0, 50)))
                .extracting(AuditEntry::target).contains(user);
    }
}
