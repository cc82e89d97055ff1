package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL the security audit log refuses UPDATE, DELETE and TRUNCATE for every role but a superuser who
 * disables the trigger on purpose. H2 (the zero-set-up demo run) has no PL/pgSQL, so there the application's
 * append-only code and the hash chain are the protection; a Java migration lets one version serve both.
 */
public class V7__security_audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("""
                    create or replace function security_audit_refuse_change() returns trigger language plpgsql as $$
                    begin
                        raise exception 'security_audit is append-only: % refused', tg_op;
                    end
                    $$""");
            st.execute("""
                    create trigger security_audit_append_only before update or delete on security_audit
                    for each row execute function security_audit_refuse_change()""");
            st.execute("""
                    create trigger security_audit_no_truncate before truncate on security_audit
                    for each statement execute function security_audit_refuse_change()""");
        }
    }
}
