package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.rule.SectionSketch;
import db.migration.V11__section_sketches_of_older_reports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * V11 gives the reports stored before V8 the section sketches a save would have given them, leaves a report saved
 * since alone, and runs once: on PostgreSQL (the default and production database) and on H2.
 */
class SectionSketchBackfillTest {

    static final String LONG_S1 = "2020年，我乡认真贯彻落实《中华人民共和国政府信息公开条例》，围绕乡党委、政府中心工作，"
            + "坚持以公开为常态、不公开为例外，不断拓宽公开渠道，规范公开内容，主动公开政府信息，切实保障人民群众的知情权、"
            + "参与权、表达权和监督权，全年政府信息公开工作平稳有序。";
    static final String LONG_S5 = "本年度我乡政府信息公开工作还存在一些不足：一是公开内容不够全面，部分领域信息更新不及时；"
            + "二是政策解读形式单一，图解、视频解读较少；三是工作人员业务能力有待提高。下一步，我乡将加强培训，规范公开流程。";
    static final String SHORT = "本年度未收到政府信息公开申请。";

    @Test
    void older_reports_get_their_sketches_on_postgresql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            backfills(pg.getPostgresDatabase());
        }
    }

    @Test
    void older_reports_get_their_sketches_on_h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v11-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        backfills(h2);
    }

    private static void backfills(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        // a database of before V8: two townships' reports, one published, with long and short sections
        Flyway.configure().dataSource(ds).target("7").load().migrate();
        jdbc.update("insert into unit (code, name, short_name, kind, parent_id, path) values ('lanxi', '兰西县', '兰西县', 'COUNTY_GOVERNMENT', null, '/lanxi/')");
        long lanhe = township(jdbc, "lanxi-lanhe", "兰河乡");
        long yulin = township(jdbc, "lanxi-yulin", "榆林镇");
        long published = report(jdbc, lanhe, "PUBLISHED", Map.of("s1", LONG_S1, "s2", SHORT, "s5", LONG_S5));
        long draft = report(jdbc, yulin, "DRAFT", Map.of("s1", LONG_S1.replace("我乡", "我镇"), "s2", SHORT));
        // V8 as it ran on such a database: the table, empty; then a report saved since, with its own sketch
        Flyway.configure().dataSource(ds).target("8").load().migrate();
        long savedSince = report(jdbc, township(jdbc, "lanxi-beian", "北安乡"), "DRAFT", Map.of("s1", LONG_S1, "s5", LONG_S5));
        String own = SectionSketch.of(LONG_S1 + "保存时的文字").orElseThrow().encoded();
        jdbc.update("insert into report_section_sketch (report_id, section_key, sketch) values (?, 's1', ?)", savedSince, own);

        assertThat(Flyway.configure().dataSource(ds).load().migrate().migrationsExecuted).isPositive();

        assertThat(sketches(jdbc, published)).containsOnlyKeys("s1", "s5")
                .containsEntry("s1", SectionSketch.of(LONG_S1).orElseThrow().encoded())
                .containsEntry("s5", SectionSketch.of(LONG_S5).orElseThrow().encoded());
        assertThat(sketches(jdbc, draft)).containsOnlyKeys("s1");
        assertThat(SectionSketch.decode(sketches(jdbc, draft).get("s1")).orElseThrow()
                .similarity(SectionSketch.decode(sketches(jdbc, published).get("s1")).orElseThrow())).isGreaterThanOrEqualTo(0.8);
        assertThat(sketches(jdbc, savedSince)).isEqualTo(Map.of("s1", own));

        // once: a second start finds nothing to do and changes nothing
        int rows = jdbc.queryForObject("select count(*) from report_section_sketch", Integer.class);
        assertThat(Flyway.configure().dataSource(ds).load().migrate().migrationsExecuted).isZero();
        assertThat(jdbc.queryForObject("select count(*) from report_section_sketch", Integer.class)).isEqualTo(rows);
    }

    private static long township(JdbcTemplate jdbc, String code, String name) {
        jdbc.update("insert into unit (code, name, short_name, kind, parent_id, path) select ?, ?, ?, 'XIANG', id, ? from unit where code = 'lanxi'",
                code, "兰西县" + name + "人民政府", name, "/lanxi/" + code + "/");
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private static long report(JdbcTemplate jdbc, long unitId, String status, Map<String, String> texts) {
        jdbc.update("insert into report (unit_id, report_year, format_id, status, version, created_at, updated_at) "
                + "values (?, 2020, 'GOV_2019', ?, 0, current_timestamp, current_timestamp)", unitId, status);
        long id = jdbc.queryForObject("select id from report where unit_id = ?", Long.class, unitId);
        texts.forEach((k, v) -> jdbc.update("insert into report_text (report_id, section_key, body) values (?, ?, ?)", id, k, v));
        return id;
    }

    private static Map<String, String> sketches(JdbcTemplate jdbc, long reportId) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("select section_key, sketch from report_section_sketch where report_id = ?",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                }, reportId);
        return out;
    }

    /** Runs the migration on a database that already has every table, as Flyway would: in one transaction. */
    static void backfill(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            new V11__section_sketches_of_older_reports().migrate(new org.flywaydb.core.api.migration.Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return Flyway.configure();
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
            c.commit();
        }
    }
}
