package cn.nianbao.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.app.api.ApiClient;

/**
 * The README's run command in miniature: the application on its zero-set-up H2 default, with the demo
 * data, answering on HTTP. (Only the database file moves to a temporary place.)
 */
@SpringBootTest(classes = NianbaoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1", "logging.level.root=WARN"})
class DemoRunSmokeTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void starts_on_h2_with_the_demo_county_accounts_and_seed_report() {
        assertThat(jdbc.queryForObject("select count(*) from unit where code like 'lanxi%'", Integer.class)).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select status from report r join unit u on u.id = r.unit_id "
                + "where u.code = 'lanxi-lanhe' and r.report_year = 2020", String.class)).isEqualTo("PUBLISHED");

        ApiClient api = new ApiClient(port);
        assertThat(api.get("/login", null).status()).isEqualTo(200);
        assertThat(api.get("/login", null).body()).contains("<html");
        ApiClient.Reply reports = api.get("/api/v1/reports", "county");
        assertThat(reports.status()).isIn(200, 404);
    }
}
