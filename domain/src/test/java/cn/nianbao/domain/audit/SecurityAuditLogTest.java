package cn.nianbao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;

/** The hash-chained, append-only audit log on PostgreSQL. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class SecurityAuditLogTest {

    static final Actor AUDITOR = new Actor("auditor", "审计管理员", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));
    static final Actor SYSADMIN = new Actor("sys", "系统管理员", List.of(new Grant(Role.SYSTEM_ADMIN, null, null)));

    @Autowired SecurityAuditLog audit;
    @Autowired JdbcTemplate jdbc;

    @Test
    void each_entry_links_to_the_previous_one_and_the_chain_verifies() {
        String who = "u-" + UUID.randomUUID().toString().substring(0, 8);
        AuditEntry first = audit.record(who, AuditAction.SIGN_IN, who, "10.0.0.1", AuditOutcome.FAILURE);
        AuditEntry second = audit.record(who, AuditAction.SIGN_IN, who, "10.0.0.1", AuditOutcome.SUCCESS);

        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.prev()).isEqualTo(first.hash());
        assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
        assertThat(audit.verify(AUDITOR).entries()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_database_refuses_update_delete_and_truncate() {
        AuditEntry e = audit.record("someone", AuditAction.SIGN_OUT, "someone", "10.0.0.2", AuditOutcome.SUCCESS);

        assertThatThrownBy(() -> jdbc.update("update security_audit set actor = 'x' where id = ?", e.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from security_audit where id = ?", e.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate security_audit"))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from security_audit where id = ?", String.class, e.id()))
                .isEqualTo("someone");
    }

    @Test
    void a_row_edited_behind_the_trigger_is_named_by_the_verification() {
        AuditEntry e = audit.record("mallory", AuditAction.SIGN_IN, "mallory", "10.0.0.3", AuditOutcome.FAILURE);
        audit.record("mallory", AuditAction.SIGN_IN, "mallory", "10.0.0.3", AuditOutcome.SUCCESS);
        try {
            // the database owner switches the trigger off and rewrites history
            jdbc.execute("alter table security_audit disable trigger security_audit_append_only");
            jdbc.update("update security_audit set outcome = 'SUCCESS' where id = ?", e.id());

            AuditVerification v = audit.verify(AUDITOR);
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAt()).isEqualTo(e.id());
        } finally {
            jdbc.update("update security_audit set outcome = 'FAILURE' where id = ?", e.id());
            jdbc.execute("alter table security_audit enable trigger security_audit_append_only");
        }
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    void a_removed_row_is_named_by_the_verification() {
        AuditEntry e = audit.record("eve", AuditAction.SIGN_IN, "eve", "10.0.0.4", AuditOutcome.FAILURE);
        audit.record("eve", AuditAction.SIGN_IN, "eve", "10.0.0.4", AuditOutcome.SUCCESS);
        try {
            jdbc.execute("alter table security_audit disable trigger security_audit_append_only");
            jdbc.update("delete from security_audit where id = ?", e.id());

            assertThat(audit.verify(AUDITOR).brokenAt()).isEqualTo(e.id());
        } finally {
            jdbc.update("insert into security_audit (id, at, actor, action, target, source, outcome, hash, prev) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(),
                    java.time.OffsetDateTime.ofInstant(e.at(), java.time.ZoneOffset.UTC), e.actor(), e.action(),
                    e.target(), e.source(), e.outcome().name(), e.hash(), e.prev());
            jdbc.execute("alter table security_audit enable trigger security_audit_append_only");
        }
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }

    @Test
    void concurrent_writers_build_one_chain() throws Exception {
        long before = audit.verify(AUDITOR).entries();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int writer = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    audit.record("writer" + writer, "TEST_APPEND", "n" + i, null, AuditOutcome.SUCCESS);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        AuditVerification v = audit.verify(AUDITOR);
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isGreaterThanOrEqualTo(before + 120);
    }

    @Test
    void only_the_audit_administrator_reads_and_the_search_is_bounded() {
        String who = "s-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            audit.record(who, AuditAction.SIGN_IN, who, "10.0.0.5", AuditOutcome.FAILURE);
        }
        audit.record(who, AuditAction.SIGN_OUT, who, "10.0.0.5", AuditOutcome.SUCCESS);

        List<AuditEntry> found = audit.search(AUDITOR, new AuditQuery(start, null, who, AuditAction.SIGN_IN, 0, 2));
        assertThat(found).hasSize(2).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(who);
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(e.source()).isEqualTo("10.0.0.5");
        });
        assertThat(found.get(0).id()).isGreaterThan(found.get(1).id());
        assertThat(audit.search(AUDITOR, new AuditQuery(null, null, who, null, 0, 100_000))).hasSize(4);
        assertThat(audit.search(AUDITOR, new AuditQuery(Instant.now().plusSeconds(60), null, who, null, 0, 10))).isEmpty();

        assertThatThrownBy(() -> audit.search(SYSADMIN, new AuditQuery(null, null, null, null, 0, 10)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> audit.verify(SYSADMIN)).isInstanceOf(Refusal.class);
    }
}
