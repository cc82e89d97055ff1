package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;

@AppTest
class TraceRefusedTest {

    @LocalServerPort int port;

    @Test
    void trace_is_refused_with_the_api_error_body_and_never_echoes_the_request() throws Exception {
        RawHttp http = new RawHttp(port);
        Map<String, String> secret = Map.of("X-Probe", "echo-me-7f3a", "Cookie", "JSESSIONID=stolen-9c1d");

        RawHttp.Reply api = http.send("TRACE", "/api/v1/reports".getBytes(StandardCharsets.US_ASCII), secret, null);
        assertThat(api.status()).isEqualTo(405);
        assertThat(api.header("Content-Type")).startsWith("application/json");
        assertThat(api.text()).contains("\"error\"").contains("\"message\"")
                .doesNotContain("echo-me-7f3a").doesNotContain("stolen-9c1d");

        for (String path : new String[] {"/", "/public/reports", "/login"}) {
            RawHttp.Reply other = http.send("TRACE", path.getBytes(StandardCharsets.US_ASCII), secret, null);
            assertThat(other.status()).as(path).isBetween(400, 405);
            assertThat(other.text()).as(path).doesNotContain("echo-me-7f3a").doesNotContain("stolen-9c1d");
        }
    }
}
