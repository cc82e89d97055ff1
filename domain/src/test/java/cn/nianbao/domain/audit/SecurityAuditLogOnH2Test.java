package cn.nianbao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.DomainTestApp;

/** The README's default run is on H2: the same migrations and the same serialised chain work there. */
@SpringBootTest(classes = DomainTestApp.class,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-h2;DB_CLOSE_DELAY=-1")
class SecurityAuditLogOnH2Test {

    @Autowired SecurityAuditLog audit;
    @Autowired JdbcTemplate jdbc;

    @Test
    void concurrent_writers_build_one_chain_on_h2() throws Exception {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).isNotBlank();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    audit.record("writer" + writer, "TEST_APPEND", "n" + i, "127.0.0.1", AuditOutcome.SUCCESS);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        AuditVerification v = audit.verifyChain();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(60);
        jdbc.update("update security_audit set target = 'changed' where id = 7");
        assertThat(audit.verifyChain().brokenAt()).isEqualTo(7L);
    }
}
