package cn.nianbao.app.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database the application runs on: the demo rules differ between H2 (a try-out) and PostgreSQL (real use). */
public final class DatabaseKind {

    private DatabaseKind() {
    }

    public static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }
}
