package cn.nianbao.domain.unit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.persistence.DatabaseProduct;

/**
 * Reads over a subtree ({@code path like '/prov/%'}) must be planned with the prefix they are given. How many units
 * lie below an area is known only from the prefix's value: a county is 1% of a province's tree, the province 100%.
 * A prepared statement that PostgreSQL has run five times gets a generic plan, which assumes 0.5% of the table for
 * any {@code like $1}; for the province that plan walks all 15,000 units into a nested loop over their reports and
 * sorts them (EXPLAIN ANALYZE: 194 ms against 41 ms for the plan made for the actual prefix, and seconds when the
 * machine is busy; see bench/README.md). {@link #planWithValues()} makes PostgreSQL plan every statement of the
 * current transaction for its values; the few tenths of a millisecond of planning are nothing next to that.
 * H2 plans every statement anew anyway, and PostgreSQL before 12 has no such setting: both are left alone.
 */
@Component
public class SubtreePlans {

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    SubtreePlans(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** For the rest of the caller's transaction, plan each statement with its parameters' values. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void planWithValues() {
        if (supported()) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }

    private boolean supported() {
        return database.postgresAtLeast(12);
    }
}
