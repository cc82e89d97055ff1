package cn.nianbao.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import cn.nianbao.app.AppTest;
import cn.nianbao.domain.user.AccessTokens;

/**
 * {@code bash bench/api-auth.sh}: the server CPU of one authenticated API call with a personal access token
 * against HTTP Basic (bcrypt on every call) and an anonymous call of the public API, same endpoint kind, same
 * JVM. Not part of the test suite (the name does not end in Test); prints lines starting with BENCH.
 */
@AppTest
@Import(CpuPerRequest.class)
class ApiAuthenticationBench {

    private static final int CALLS = Integer.getInteger("bench.calls", 500);
    /** HTTP Basic costs ~100 ms a call: fewer of them, still enough for a stable figure. */
    private static final int BASIC_CALLS = Integer.getInteger("bench.basic-calls", 50);

    @LocalServerPort int port;
    @Autowired AccessTokens tokens;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cpu_per_authenticated_call() throws Exception {
        HttpResponse<String> created = http.send(request("/api/v1/me/tokens").header("Authorization", basic("county"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String token = new ObjectMapper().readTree(created.body()).get("token").asText();

        List<String> lines = new ArrayList<>();
        lines.add(measure("GET /api/v1/me/tokens, Bearer token", "/api/v1/me/tokens", "Bearer " + token, CALLS));
        lines.add(measure("GET /api/v1/me/tokens, HTTP Basic", "/api/v1/me/tokens", basic("county"), BASIC_CALLS));
        lines.add(measure("GET /api/v1/tasks, Bearer token", "/api/v1/tasks", "Bearer " + token, CALLS));
        lines.add(measure("GET /api/v1/tasks, HTTP Basic", "/api/v1/tasks", basic("county"), BASIC_CALLS));
        lines.add(measure("GET /api/v1/public/reports, anonymous", "/api/v1/public/reports", null, CALLS));
        lines.add(checkAlone(token));
        lines.forEach(System.out::println);
    }

    /** The token check by itself, as the filter calls it: one indexed query and a SHA-256, on this thread. */
    private String checkAlone(String token) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < CALLS * 4; i++) {
            assertThat(tokens.authenticate(token)).isPresent();
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS * 4; i++) {
            tokens.authenticate(token);
        }
        return String.format("BENCH %-40s calls=%d  %.3f ms/call of this thread's CPU (PostgreSQL's own not included)",
                "AccessTokens.authenticate alone", CALLS * 4, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / (CALLS * 4));
    }

    /**
     * {@code calls} requests from one curl process (one kept-alive connection), after twice as many for warming up: the
     * JVM's CPU over the run is then the server's alone (the tests' Flowable executor is off), divided by the calls.
     */
    private String measure(String what, String path, String authorization, int calls) throws Exception {
        curl(path, authorization, calls * 2);
        CpuPerRequest.reset();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        curl(path, authorization, calls);
        double processMs = (os.getProcessCpuTime() - cpu0) / 1e6 / calls;
        double wallMs = (System.nanoTime() - wall0) / 1e6 / calls;
        List<Long> s = new ArrayList<>(CpuPerRequest.samples());
        s.sort(null);
        double median = s.get(s.size() / 2) / 1e6;
        double p90 = s.get((int) (s.size() * 0.9)) / 1e6;
        return String.format("BENCH %-40s calls=%d  app JVM CPU %.2f ms/call  (request thread: median %.2f ms, p90 %.2f ms)"
                + "  wall %.2f ms/call", what, calls, processMs, median, p90, wallMs);
    }

    private void curl(String path, String authorization, int calls) throws Exception {
        java.nio.file.Path config = java.nio.file.Files.createTempFile("bench-curl", ".cfg");
        StringBuilder cfg = new StringBuilder("silent\nwrite-out = \"%{http_code}\\n\"\n");
        if (authorization != null) {
            cfg.append("header = \"Authorization: ").append(authorization).append("\"\n");
        }
        for (int i = 0; i < calls; i++) {
            cfg.append("url = \"http://127.0.0.1:").append(port).append(path).append("\"\noutput = \"/dev/null\"\n");
        }
        java.nio.file.Files.writeString(config, cfg);
        Process p = new ProcessBuilder("curl", "-K", config.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        java.nio.file.Files.delete(config);
        assertThat(out.lines().filter(l -> !l.equals("200")).toList()).as(path).isEmpty();
        assertThat(out.lines().count()).isEqualTo(calls);
    }
}
