package cn.nianbao.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.audit.AuditAction;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/** 三权分立, the password rules and their audit entries, on PostgreSQL. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class UserSecurityTest {

    static final Actor AUDITOR = new Actor("auditor", "审计", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));

    @Autowired UserAccountService users;
    @Autowired UserSessions sessions;
    @Autowired SecurityAuditLog audit;
    @Autowired JdbcTemplate jdbc;

    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String account(String who) {
        String name = who + "." + tag;
        users.create(name, "Initial-pass-1", who, null);
        return name;
    }

    private Actor admin(String who, Role role) {
        String name = account(who);
        return users.grant(name, role, null).actor();
    }

    @Test
    void nobody_holds_two_administrator_roles() {
        String name = account("sys");
        users.grant(name, Role.SYSTEM_ADMIN, null);

        assertThatThrownBy(() -> users.grant(name, Role.AUDIT_ADMIN, null))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("SEPARATION_OF_DUTIES");
                    assertThat(r.getMessage()).contains("三权分立", "系统管理员", "审计管理员");
                });
        assertThatThrownBy(() -> users.grant(name, Role.SECURITY_ADMIN, null)).isInstanceOf(Refusal.class);
        assertThat(users.find(name).orElseThrow().grants()).extracting(Grant::role).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void only_the_system_administrator_manages_users_and_the_change_is_audited() {
        Actor sys = admin("sys", Role.SYSTEM_ADMIN);
        Actor sec = admin("sec", Role.SECURITY_ADMIN);
        Actor aud = admin("aud", Role.AUDIT_ADMIN);

        assertThatThrownBy(() -> users.createAs(sec, "x1." + tag, "Strong-pass-2026", "某人", null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> users.createAs(aud, "x1." + tag, "Strong-pass-2026", "某人", null))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> users.createAs(sys, "x1." + tag, "weak", "某人", null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getMessage()).contains("至少 10 个字符"));

        UserAccount made = users.createAs(sys, "x1." + tag, "Strong-pass-2026", "某人", null);
        assertThat(made.mustChangePassword()).isTrue();
        users.grantAs(sys, made.username(), Role.SECURITY_ADMIN, null);

        List<AuditEntry> entries = audit.search(AUDITOR, new AuditQuery(null, null, sys.username(), null, 0, 10));
        assertThat(entries).extracting(AuditEntry::action).contains(AuditAction.USER_CREATE, AuditAction.ROLE_GRANT);
        assertThat(entries).extracting(AuditEntry::target).contains(made.username(), made.username() + " SECURITY_ADMIN");
    }

    @Test
    void a_password_change_follows_the_policy_and_none_of_the_last_five_comes_back() {
        String name = account("clerk");
        assertThatThrownBy(() -> users.changePassword(name, "wrong", "Another-pass-1"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getMessage()).contains("原密码不正确"));
        assertThatThrownBy(() -> users.changePassword(name, "Initial-pass-1", "short"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.details()).hasSizeGreaterThanOrEqualTo(1));
        assertThatThrownBy(() -> users.changePassword(name, "Initial-pass-1", "Initial-pass-1"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.getMessage()).contains("最近 5 次"));

        String current = "Initial-pass-1";
        for (int i = 2; i <= 5; i++) {
            String next = "Rotating-pass-" + i;
            users.changePassword(name, current, next);
            current = next;
        }
        // Initial-pass-1 is now the fifth password back: still refused; after one more change it may return
        String still = current;
        assertThatThrownBy(() -> users.changePassword(name, still, "Initial-pass-1")).isInstanceOf(Refusal.class);
        users.changePassword(name, current, "Rotating-pass-6");
        users.changePassword(name, "Rotating-pass-6", "Initial-pass-1");

        assertThat(users.find(name).orElseThrow().mustChangePassword()).isFalse();
        List<AuditEntry> changes = audit.search(AUDITOR, new AuditQuery(null, null, name, AuditAction.PASSWORD_CHANGE, 0, 50));
        assertThat(changes).extracting(AuditEntry::outcome).contains(AuditOutcome.FAILURE, AuditOutcome.SUCCESS);
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_sessions_are_limited() {
        String name = account("leader");
        sessions.started(name, "s1-" + tag);
        List<String> ended = sessions.started(name, "s2-" + tag);
        assertThat(ended).isEmpty();
        assertThat(sessions.started(name, "s3-" + tag)).containsExactly("s1-" + tag);
        assertThat(sessions.isLive("s1-" + tag)).isFalse();

        users.changePassword(name, "Initial-pass-1", "Leader-pass-2026", "s3-" + tag);

        assertThat(sessions.isLive("s3-" + tag)).isTrue();
        assertThat(sessions.isLive("s2-" + tag)).isFalse();
    }

    @Test
    void the_security_administrator_resets_a_password_which_must_then_be_changed() {
        Actor sec = admin("sec", Role.SECURITY_ADMIN);
        Actor sys = admin("sys", Role.SYSTEM_ADMIN);
        String name = account("clerk");
        users.changePassword(name, "Initial-pass-1", "Own-choice-2026");
        sessions.started(name, "r1-" + tag);

        assertThatThrownBy(() -> users.resetPassword(sys, name, "Temporary-2026")).isInstanceOf(Refusal.class);
        users.resetPassword(sec, name, "Temporary-2026");

        assertThat(users.passwordChangeDue(name)).isTrue();
        assertThat(sessions.isLive("r1-" + tag)).isFalse();
        assertThat(audit.search(AUDITOR, new AuditQuery(null, null, sec.username(), AuditAction.PASSWORD_RESET, 0, 5)))
                .extracting(AuditEntry::target).containsExactly(name);
    }

    @Test
    void a_password_older_than_the_maximum_age_must_be_changed() {
        String name = account("old");
        users.changePassword(name, "Initial-pass-1", "Fresh-pass-2026");
        assertThat(users.passwordChangeDue(name)).isFalse();
        jdbc.update("update app_user set password_changed_at = ? where username = ?",
                java.time.OffsetDateTime.now().minusDays(91), name);
        assertThat(users.passwordChangeDue(name)).isTrue();
    }

    @Test
    void demo_accounts_are_marked_until_their_password_changes() {
        long before = users.demoPasswordsLeft();
        String name = "demo." + tag;
        users.createDemo(name, "demo", "演示", null);
        assertThat(users.demoPasswordsLeft()).isEqualTo(before + 1);
        assertThat(users.passwordChangeDue(name)).isFalse();
        users.changePassword(name, "demo", "Not-demo-any-more-1");
        assertThat(users.demoPasswordsLeft()).isEqualTo(before);
    }
}
