package cn.nianbao.domain.persistence;

import java.sql.DatabaseMetaData;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the domain runs on (PostgreSQL in production and in the default run, H2 where asked for), read
 * once from the driver: the few statements that differ between them ask here.
 */
@Component
public class DatabaseProduct {

    private final JdbcTemplate jdbc;
    private volatile int postgresMajor = -2; // -2 not read yet, -1 not PostgreSQL

    DatabaseProduct(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean postgres() {
        return postgresMajor() >= 0;
    }

    /** PostgreSQL of this major version or later. */
    public boolean postgresAtLeast(int major) {
        return postgresMajor() >= major;
    }

    private int postgresMajor() {
        int m = postgresMajor;
        if (m == -2) {
            m = jdbc.execute((ConnectionCallback<Integer>) con -> {
                DatabaseMetaData meta = con.getMetaData();
                return "PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName()) ? meta.getDatabaseMajorVersion() : -1;
            });
            postgresMajor = m;
        }
        return m;
    }
}
