package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * "Everything below an area" is {@code path like '/suihua/lanxi/%'}. PostgreSQL answers a prefix LIKE from a plain
 * B-tree only when the database's collation is C; databases created with a language's collation (C.UTF-8,
 * zh_CN.UTF-8: the embedded one, most installations) need an index in the pattern operator class, which compares
 * bytes. Without it a city's or a county's subtree is a scan of the whole province's units. H2 has no operator
 * classes (and uses its ordinary index for a prefix), so a Java migration lets one version serve both.
 */
public class V9__unit_path_prefix_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("create index ix_unit_path_prefix on unit (path varchar_pattern_ops)");
        }
    }
}
