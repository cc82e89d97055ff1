package cn.nianbao.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/** The subtree reads are planned for their prefix on PostgreSQL, for their own transaction only. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class SubtreePlansTest {

    @Autowired SubtreePlans plans;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void the_setting_holds_inside_the_transaction_and_ends_with_it() {
        String inside = tx.execute(s -> {
            plans.planWithValues();
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        assertThat(inside).isEqualTo("force_custom_plan");
        // the pool's connection goes back as it was: other statements keep PostgreSQL's default
        String after = tx.execute(s -> jdbc.queryForObject("show plan_cache_mode", String.class));
        assertThat(after).isEqualTo("auto");
        assertThatThrownBy(() -> plans.planWithValues()).isInstanceOf(IllegalTransactionStateException.class);
    }
}
