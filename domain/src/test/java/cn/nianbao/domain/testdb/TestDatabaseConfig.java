package cn.nianbao.domain.testdb;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests run on a real PostgreSQL: the one named by DB_URL (with DB_USER / DB_PASSWORD) when set, otherwise
 * an embedded PostgreSQL that Spring starts with the context and closes with it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfig {

    @Bean(destroyMethod = "close")
    TestPostgres testPostgres() throws IOException {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestPostgres(null, url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
        }
        // no shutdown hook of its own: at the JVM's exit it stopped the server while Spring's hook was still closing
        // the contexts, and Flowable's engine, closing, waited for a connection until surefire killed the fork (10 s)
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        return new TestPostgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Bean
    @Primary
    DataSource dataSource(TestPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.url());
        ds.setUsername(pg.user());
        ds.setPassword(pg.password());
        ds.setMaximumPoolSize(8);
        // as the application's PostgreSQL pools do: JDBC batches go out as multi-row inserts (the onboarding imports)
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        // the statement budgets are asserted on what PostgreSQL executes (SqlStatementBudgetTest and others)
        return new SqlStatementCounter(ds, true);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    /** The database under test; closing it stops the embedded server, if there is one. */
    public record TestPostgres(EmbeddedPostgres embedded, String url, String user, String password)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
