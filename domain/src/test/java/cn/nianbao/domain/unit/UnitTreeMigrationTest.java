package cn.nianbao.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** V5 gives the units of an existing database their paths, on H2 (the default run) and on PostgreSQL. */
class UnitTreeMigrationTest {

    @Test
    void existing_units_get_their_paths_on_h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migratesWithBackfill(h2);
    }

    @Test
    void existing_units_get_their_paths_on_postgresql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            migratesWithBackfill(pg.getPostgresDatabase());
        }
    }

    private static void migratesWithBackfill(DataSource ds) {
        Flyway.configure().dataSource(ds).target("4").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("insert into unit (code, name, short_name, kind, parent_id) values ('lanxi', '兰西县', '兰西县', 'COUNTY_GOVERNMENT', null)");
        jdbc.update("insert into unit (code, name, short_name, kind, parent_id) select 'lanxi-lanhe', '兰河乡人民政府', '兰河乡', 'XIANG', id from unit where code = 'lanxi'");
        jdbc.update("insert into unit (code, name, short_name, kind, parent_id) select 'lanxi-lanhe-x', '兰河乡某站', '某站', 'XIANG', id from unit where code = 'lanxi-lanhe'");

        Flyway.configure().dataSource(ds).load().migrate();

        Map<String, String> paths = new java.util.HashMap<>();
        jdbc.query("select code, path from unit", rs -> {
            paths.put(rs.getString(1), rs.getString(2));
        });
        assertThat(paths).containsEntry("lanxi", "/lanxi/")
                .containsEntry("lanxi-lanhe", "/lanxi/lanxi-lanhe/")
                .containsEntry("lanxi-lanhe-x", "/lanxi/lanxi-lanhe/lanxi-lanhe-x/");
        assertThat(jdbc.queryForObject("select count(*) from unit where path like '/lanxi/%' and code <> 'lanxi'",
                Long.class)).isEqualTo(2);
    }
}
