package cn.nianbao.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.NianbaoApplication;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/** The portal on a port of its own: the public site answers there, the workbench and the private API do not. */
@SpringBootTest(classes = {NianbaoApplication.class, TestDatabaseConfig.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nianbao.portal.port=0", "nianbao.portal.threads=2",
                "nianbao.demo.enabled=true", "nianbao.demo.postgresql=true", "flowable.async-executor-activate=false",
                "logging.level.root=WARN", "nianbao.signing.keystore=target/test-signing/evidence.p12"})
class PortalConnectorTest {

    private static final String SEED_PAGE = "/public/reports/lanxi-lanhe/2020";

    @LocalServerPort int mainPort;
    @Autowired PortalConnector portal;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_public_site_is_served_on_the_portal_port_without_a_session() throws Exception {
        int port = portal.localPort();
        assertThat(port).isPositive().isNotEqualTo(mainPort);

        HttpResponse<String> page = get(port, SEED_PAGE, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("兰河");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get(port, SEED_PAGE + ".pdf", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/public/reports", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/api/v1/public/reports/lanxi-lanhe/2020", null).statusCode()).isEqualTo(200);
        // the same bytes as on the main port
        assertThat(page.body()).isEqualTo(get(mainPort, SEED_PAGE, null).body());
    }

    @Test
    void the_workbench_and_the_private_api_are_absent_on_the_portal_port_even_with_credentials() throws Exception {
        int port = portal.localPort();
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> tasks = get(port, "/api/v1/tasks", basic);
        assertThat(tasks.statusCode()).isEqualTo(404);
        assertThat(tasks.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(tasks.body()).contains("\"NOT_FOUND\"");
        for (String path : new String[] {"/", "/login", "/drafts", "/VAADIN/", "/actuator/health", "/publicity"}) {
            HttpResponse<String> r = get(port, path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }

        // the main port still serves both: the API asks for credentials instead of pretending to be absent
        assertThat(get(mainPort, "/api/v1/tasks", null).statusCode()).isEqualTo(401);
        assertThat(get(mainPort, SEED_PAGE, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
