package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import cn.nianbao.domain.rule.SectionSketch;

/**
 * The section sketches of the reports saved before V8 introduced them: such a report has none until its next
 * save, so Y-TEXT-SIM across the county's units silently skips it — most of all the published reports, which are
 * never saved again. Each section gets the sketch a save would store ({@link SectionSketch#of}, too short a
 * section none).
 * <p>
 * A Java migration rather than a job at start: Flyway runs it exactly once per database, in its transaction and
 * before the application serves anyone, so there is no marker to keep, no second scan at every start, and no
 * race with a clerk's save rewriting the same rows. Only reports without any sketch are read (a report saved
 * since V8 has every sketch it can have), streamed in pages and written in batches, so a province's years cost
 * one pass over their texts.
 */
public class V11__section_sketches_of_older_reports extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        var db = context.getConnection();
        try (PreparedStatement read = db.prepareStatement("""
                     select t.report_id, t.section_key, t.body from report_text t
                     where not exists (select 1 from report_section_sketch s where s.report_id = t.report_id)
                     order by t.report_id, t.section_key""");
             PreparedStatement write = db.prepareStatement(
                     "insert into report_section_sketch (report_id, section_key, sketch) values (?, ?, ?)")) {
            // PostgreSQL streams with a cursor only outside auto-commit; Flyway runs a migration in a transaction
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    var sketch = SectionSketch.of(rs.getString(3));
                    if (sketch.isEmpty()) {
                        continue;
                    }
                    write.setLong(1, rs.getLong(1));
                    write.setString(2, rs.getString(2));
                    write.setString(3, sketch.get().encoded());
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
