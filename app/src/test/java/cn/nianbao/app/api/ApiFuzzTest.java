package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import cn.nianbao.app.AppTest;
import cn.nianbao.app.ui.Drafts;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.AccessTokens;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * A seeded fuzz of every /api/** endpoint over real HTTP, through the real security chain: a few thousand requests
 * as the demo roles (by personal access token, so that bcrypt does not set the pace; a few by HTTP Basic),
 * anonymously and with broken credentials, with mutated paths, ids, query parameters, headers and bodies. Whatever
 * is sent, no answer is a 5xx, every error is the JSON body of api.md, and nothing is logged with a stack trace.
 *
 * <p>Mutating requests only ever aim at the fuzz's own objects (a township of its own, people of its own) or at
 * ids that do not exist, so the demo data the other tests share stays as it was; no body ever carries the demo
 * password, so nobody's password changes. A failure prints the seed and the request: {@code -Dfuzz.seed=<n>}
 * replays the run.
 */
@AppTest
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired AccessTokens tokens;
    @Autowired UserAccountService accounts;
    @Autowired UnitService units;

    private Random random;
    private final Map<String, String> bearer = new LinkedHashMap<>();
    private final List<String> ownUsers = new ArrayList<>();
    private final List<String> ownReports = new ArrayList<>();
    private final List<String> ownUnits = new ArrayList<>();
    private String ownTask;
    private String example;

    /** One request as sent: enough to replay it by hand. */
    private record Sent(String method, byte[] target, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String b = body == null ? "<none>" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return method + " " + new String(target, StandardCharsets.ISO_8859_1) + " " + headers.keySet() + " "
                    + headers.getOrDefault("Content-Type", "") + " body " + (body == null ? 0 : body.length) + "B: " + b;
        }
    }

    @Test
    void thousands_of_mutated_requests_answer_no_5xx_only_json_errors_and_log_no_stack_trace() throws Exception {
        prepare();
        random = new Random(SEED);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<long[]> slowest = new ArrayList<>();
        Map<Integer, Sent> sentAt = new java.util.HashMap<>();
        try {
            RawHttp http = new RawHttp(port);
            for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
                Sent s = next();
                long started = System.nanoTime();
                RawHttp.Reply r = http.send(s.method(), s.target(), s.headers(), s.body());
                slowest.add(new long[] {(System.nanoTime() - started) / 1_000_000, i});
                sentAt.put(i, s);
                statuses.merge(r.status(), 1, Integer::sum);
                String problem = problem(s, r);
                if (problem != null) {
                    failures.add("#" + i + " " + problem + "\n    " + s + "\n    -> " + r.status() + " "
                            + r.text().substring(0, Math.min(400, r.text().length())));
                }
            }
        } finally {
            root.detachAppender(log);
        }
        slowest.sort((a, b) -> Long.compare(b[0], a[0]));
        long total = slowest.stream().mapToLong(t -> t[0]).sum();
        System.out.println("fuzz: " + slowest.size() + " requests in " + total + " ms; slowest:");
        slowest.stream().limit(15).forEach(t -> System.out.println("  " + t[0] + " ms " + sentAt.get((int) t[1])));
        List<String> traces = log.list.stream()
                .filter(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " / " + e.getThrowableProxy().getClassName() + ": "
                        + e.getThrowableProxy().getMessage()))
                .distinct().limit(20).toList();
        assertThat(failures).as("seed " + SEED + ", statuses " + statuses).isEmpty();
        assertThat(traces).as("logged with a stack trace or as an error (seed " + SEED + ")").isEmpty();
        // the run reached the endpoints, not only the door
        assertThat(statuses.keySet()).contains(200, 400, 401, 403, 404);
    }

    /** Null when the answer is right: below 500, and an error is api.md's JSON body. */
    private static String problem(Sent s, RawHttp.Reply r) {
        if (r.status() >= 500) {
            return "server error";
        }
        if (r.status() < 400) {
            return null;
        }
        String type = r.header("content-type");
        if (type == null || !type.startsWith("application/json")) {
            return "error not JSON (" + type + ")";
        }
        try {
            JsonNode body = JSON.readTree(r.body());
            if (body == null || body.path("error").asText().isBlank() || body.path("message").asText().isBlank()) {
                return "error without error/message";
            }
            if (r.text().contains("\tat ") || r.text().contains("Exception")) {
                return "error body names an exception";
            }
        } catch (IOException e) {
            return "error body not JSON";
        }
        return null;
    }

    // ------------------------------------------------------------------ the fuzz's own data

    private void prepare() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lanxi-lanhe-2026.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Drafts drafts = new Drafts(context);
        String town = drafts.township();
        ownUnits.add(town);
        ownUnits.add(units.findByCode(town).orElseThrow().parentId() == null ? town
                : units.findById(units.findByCode(town).orElseThrow().parentId()).orElseThrow().code());
        Long townId = units.findByCode(town).orElseThrow().id();
        ownReports.add(String.valueOf(drafts.filled(town + ".clerk", town, 2025).id()));
        Long submitted = drafts.filled(town + ".clerk", town, 2026).id();
        drafts.submit(town + ".clerk", submitted);
        ownReports.add(String.valueOf(submitted));
        ownTask = new ApiClient(port).sendAs("GET", "/api/v1/tasks", town + ".secrecy", "Own-Password-7x", null)
                .json().path(0).path("taskId").asText("none");
        for (int i = 0; i < 3; i++) {
            String user = town + ".fz" + i;
            accounts.create(user, "Given-by-Admin-7x", "模糊测试人员" + i, null);
            accounts.changePassword(user, "Given-by-Admin-7x", "Own-Password-7x");
            accounts.grant(user, Role.CLERK, townId);
            ownUsers.add(user);
        }
        for (String who : List.of("admin", "security", "audit", "city", "county", "qinggang.county", "lanhe.clerk",
                "lanhe.secrecy", "lanhe.leader", "yulin.clerk")) {
            bearer.put(who, tokens.issue(drafts.actor(who), "模糊测试", 1).token());
        }
        for (String who : List.of(town + ".clerk", town + ".secrecy", town + ".leader")) {
            bearer.put(who, tokens.issue(drafts.actor(who), "模糊测试", 1).token());
        }
    }

    // ------------------------------------------------------------------ requests

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @SafeVarargs
    private <T> T pick(T... from) {
        return from[random.nextInt(from.length)];
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private record Endpoint(String method, String path, String body) {
    }

    /** Every endpoint; {placeholders} become ids, codes and years, {body} names the shape of body it reads. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/validate", "report"),
            new Endpoint("GET", "/api/v1/reports", null),
            new Endpoint("POST", "/api/v1/reports", "create"),
            new Endpoint("GET", "/api/v1/reports/{report}", null),
            new Endpoint("PUT", "/api/v1/reports/{report}", "report"),
            new Endpoint("POST", "/api/v1/reports/{report}/mask", "mask"),
            new Endpoint("POST", "/api/v1/reports/{report}/submit", "submit"),
            new Endpoint("POST", "/api/v1/reports/{report}/publish", "publish"),
            new Endpoint("POST", "/api/v1/reports/{report}/corrections", "correction"),
            new Endpoint("GET", "/api/v1/reports/{report}/history", null),
            new Endpoint("GET", "/api/v1/reports/{report}/explanations", null),
            new Endpoint("GET", "/api/v1/reports/{report}/secrecy-review", null),
            new Endpoint("GET", "/api/v1/reports/{report}/changes", null),
                        new Endpoint("GET", "/api/v1/tasks", null),
            new Endpoint("POST", "/api/v1/tasks/{task}/complete", "decision"),
            new Endpoint("GET", "/api/v1/notifications", null),
            new Endpoint("POST", "/api/v1/notifications/{nothing}/read", null),
            new Endpoint("GET", "/api/v1/public/reports", null),
            new Endpoint("GET", "/api/v1/public/reports/{unit}/{year}", null),
            new Endpoint("GET", "/api/v1/counties/{unit}/totals/{year}", null),
            new Endpoint("GET", "/api/v1/counties/{unit}/deadlines/{year}", null),
            new Endpoint("PUT", "/api/v1/counties/{ownUnit}/deadlines/{year}", "deadline"),
            new Endpoint("GET", "/api/v1/units/{unit}/cockpit/{year}", null),
            new Endpoint("GET", "/api/v1/units/{unit}/totals/{year}", null),
            new Endpoint("GET", "/api/v1/units", null),
            new Endpoint("GET", "/api/v1/units/{unit}", null),
            new Endpoint("POST", "/api/v1/units", "unit"),
            new Endpoint("PATCH", "/api/v1/units/{ownUnit}", "unitPatch"),
            new Endpoint("POST", "/api/v1/units/import", "sheet"),
            new Endpoint("GET", "/api/v1/users", null),
            new Endpoint("POST", "/api/v1/users", "user"),
            new Endpoint("PATCH", "/api/v1/users/{ownUser}", "userPatch"),
            new Endpoint("POST", "/api/v1/users/{ownUser}/roles", "role"),
            new Endpoint("DELETE", "/api/v1/users/{ownUser}/roles/{grant}", null),
            new Endpoint("POST", "/api/v1/users/import", "sheet"),
            new Endpoint("POST", "/api/v1/users/{ownUser}/unlock", null),
            new Endpoint("POST", "/api/v1/users/{ownUser}/password-reset", "reset"),
            new Endpoint("POST", "/api/v1/me/password", "password"),
            new Endpoint("GET", "/api/v1/me/tokens", null),
            new Endpoint("POST", "/api/v1/me/tokens", "token"),
            new Endpoint("DELETE", "/api/v1/me/tokens/{nothing}", null),
            new Endpoint("GET", "/api/v1/security/role-holders", null),
            new Endpoint("GET", "/api/v1/audit", null),
            new Endpoint("GET", "/api/v1/no-such/{unit}", null));

    /** Signing a PDF takes the better part of a second on this machine: asked for now and then, not 1 in 45. */
    private static final Endpoint EVIDENCE = new Endpoint("GET", "/api/v1/reports/{report}/evidence", null);

    private Sent next() {
        Endpoint e = chance(0.004) ? EVIDENCE : pick(ENDPOINTS);
        String method = chance(0.05) ? pick("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "BREW", "PROPFIND",
                "TRACE")
                : e.method();
        if (method.equals("HEAD") || method.equals("OPTIONS")) {
            method = e.method(); // answered by the container without a body to check
        }
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        target.writeBytes(path(e.path()).getBytes(StandardCharsets.UTF_8));
        if (chance(0.08)) {
            target.writeBytes(pick(new byte[] {'/', (byte) 0xff, (byte) 0xfe}, "/%ff%fe".getBytes(),
                    "/%zz".getBytes(), "/..%2f..%2fetc".getBytes(), "//".getBytes(), "/%00".getBytes(),
                    ";jsessionid=x".getBytes(), "/\u6c49".getBytes(StandardCharsets.UTF_8), "%2F".getBytes(),
                    "/.".getBytes(), "/x".repeat(300).getBytes()));
        }
        String query = query();
        if (!query.isEmpty()) {
            target.writeBytes(("?" + query).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        authorization(e, headers);
        byte[] body = null;
        if (e.body() != null || chance(0.05)) {
            body = body(e.body() == null ? "any" : e.body(), headers);
        }
        if (chance(0.3)) {
            headers.put("If-Match", pick("\"0\"", "\"1\"", "\"-1\"", "*", "W/\"3\"", "\"9223372036854775808\"", "abc",
                    "\"\"", "\"1e9\""));
        }
        if (chance(0.1)) {
            headers.put("Accept", pick("text/html", "application/xml", "*/*", "image/png", "application/json;q=0",
                    "garbage", ""));
        }
        if (chance(0.03)) {
            headers.put("Accept-Language", pick("en", "zh-CN", "xx-YY-ZZZZZ", "*;q=x", ""));
        }
        return new Sent(method, target.toByteArray(), headers, body);
    }

    private String path(String template) {
        String p = template;
        p = p.replace("{report}", chance(0.5) ? pick(ownReports) : chance(0.3) ? "1" : garbageId());
        if (template.startsWith("/api/v1/reports/{report}") && !template.endsWith("{report}") && p.startsWith("/api/v1/reports/1/")
                && !template.endsWith("history") && !template.contains("explanations") && !template.contains("secrecy")
                && !template.contains("changes") && !template.contains("evidence")) {
            p = p.replace("/reports/1/", "/reports/" + pick(ownReports) + "/"); // nothing but reading the demo report
        }
        if (template.equals("/api/v1/reports/{report}") && p.endsWith("/reports/1")) {
            p = p.replace("/reports/1", "/reports/" + pick(ownReports)); // a PUT could change it
        }
        p = p.replace("{task}", chance(0.4) ? ownTask : garbageId());
        p = p.replace("{nothing}", garbageId());
        p = p.replace("{ownUnit}", chance(0.7) ? pick(ownUnits) : garbageCode());
        p = p.replace("{unit}", chance(0.6) ? pick("lanxi", "suihua", "lanxi-lanhe", "qinggang", pick(ownUnits)) : garbageCode());
        p = p.replace("{year}", chance(0.5) ? pick("2019", "2020", "2021", "2025", "2026") : pick("0", "-1", "2147483647",
                "-2147483648", "2147483648", "99999999999999999999", "1e3", "2020.5", "abc", "%20", "-0", "0x7e4"));
        p = p.replace("{ownUser}", chance(0.7) ? pick(ownUsers) : garbageCode());
        p = p.replace("{grant}", pick("CLERK@" + ownUnits.get(0), "LEADER@" + ownUnits.get(0), "SECURITY_ADMIN",
                "BOGUS@lanxi", "CLERK@", "@", "CLERK@no-such-unit", "%40", "CLERK@" + "x".repeat(500), "clerk@lanxi-lanhe"));
        return p;
    }

    private String garbageId() {
        return pick("0", "-1", "2147483647", "2147483648", "9223372036854775807", "9223372036854775808",
                "99999999999999999999999", "-9223372036854775809", "1e3", "1.5", "abc", "%20", "%E6%B1%89", "null",
                "0x10", "+1", "999999999", "%2e%2e", "1;2", "1%00");
    }

    private String garbageCode() {
        return pick("no-such-unit", "", "%20", "x".repeat(300), "%E5%85%B0%E8%A5%BF", "LANXI", "lanxi%00", "..",
                "a%2Fb", "%ff", "'; drop table unit; --", "%3Cscript%3E", "lanxi-lanhe%0d%0aX:1", "-", "_", "%25");
    }

    private String query() {
        if (chance(0.4)) {
            return "";
        }
        if (chance(0.1)) {
            return pick("%zz", "=&=&", "a=%ff%fe", "page=1&page=2", "&&&", "page", "year=%E4%BA%8C",
                    "x=" + "y".repeat(6000));
        }
        List<String> parts = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = pick("page", "year", "unit", "status", "parent", "format", "cell", "dryRun", "size", "from",
                    "to", "actor", "action", "stage");
            String value = pick("0", "1", "-1", "2147483647", "-2147483648", "99999999999999999999", "2020", "2026",
                    "999999999", "-2026", "1e309", "abc", "", "true", "false", "yes", "DRAFT", "PUBLISHED", "NONE",
                    "BOGUS", "xlsx", "json", "pdf", "s3.new_received.total", "s2.nope", "lanxi", "lanxi-lanhe",
                    "2026-01-01T00:00:00Z", "2026-13-45", "SIGN_IN", "%E5%85%B0", "%00", "x".repeat(3000));
            parts.add(name + "=" + value);
        }
        return String.join("&", parts);
    }

    private void authorization(Endpoint e, Map<String, String> headers) {
        double d = random.nextDouble();
        if (d < 0.12) {
            return; // anonymous
        }
        if (d < 0.18) {
            headers.put("Authorization", pick("Bearer", "Bearer ", "Bearer nbt_", "Bearer nbt_" + "A".repeat(43),
                    "Bearer " + "x".repeat(5000), "Basic", "Basic !!!", "Basic " + b64("nocolon"), "Basic " + b64(":"),
                    "Digest x", "Bearer\tnbt_x", "bearer " + pick(new ArrayList<>(bearer.values()))));
            return;
        }
        if (d < 0.21) {
            // the password door, as scripts use it: a demo account with its right password (bcrypt: a few only)
            headers.put("Authorization", "Basic " + b64(pick("admin", "security", "county", "lanhe.clerk") + ":demo"));
            return;
        }
        headers.put("Authorization", "Bearer " + bearer.get(pick(new ArrayList<>(bearer.keySet()))));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ bodies

    private byte[] body(String shape, Map<String, String> headers) {
        double d = random.nextDouble();
        headers.put("Content-Type", d < 0.85 ? "application/json" : pick("text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1",
                "application/json; charset=bogus", "a/b/c", "", "application/*", "image/png"));
        if (shape.equals("sheet")) {
            return sheet(headers);
        }
        double b = random.nextDouble();
        if (b < 0.06) {
            return new byte[0];
        }
        if (b < 0.12) {
            return rawGarbage();
        }
        if (b < 0.2) {
            return deep();
        }
        JsonNode tree = shaped(shape);
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            tree = mutate(tree);
        }
        String text = tree.toString();
        if (chance(0.3)) {
            text = text.replace("\"__NUM__\"", pick(NUMBERS));
        }
        text = text.replace("\"__NUM__\"", pick(NUMBERS));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (chance(0.05)) {
            bytes = withBadUtf8(bytes);
        }
        return bytes;
    }

    private static final String[] NUMBERS = {"1e309", "1E+2147483647", "-0", "100000000000000", "0.00004", "1e-2147483648",
            "-1", "0", "2147483648", "9223372036854775808", "1" + "0".repeat(999), "1" + "0".repeat(1200), "0.1e-400",
            "-1e309", "1.7976931348623157E309", "3.0", "true", "null", "\"12\"", "[]", "{}"};

    private JsonNode shaped(String shape) {
        ObjectNode o = JSON.createObjectNode();
        String town = ownUnits.get(0);
        switch (shape) {
            case "report" -> {
                try {
                    ObjectNode r = (ObjectNode) JSON.readTree(example.replace("lanxi-lanhe", chance(0.5) ? town : "lanxi-lanhe"));
                    return r;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "create" -> o.put("unit", chance(0.5) ? town : garbageCode()).put("year", "__NUM__");
            case "mask" -> o.put("finding", pick("T-UNIT@s1#0", "", "x".repeat(70_000), "S-ID@s1#999999999"));
            case "submit" -> o.putObject("explanations").put("T-UNIT@s1", "已说明").put(pick("", "x", "@", "T@s9#-1"), "说明");
            case "correction" -> o.put("reason", pick("更正", "", "x".repeat(100_001), "\u0000"));
            case "decision" -> {
                o.put("decision", pick("APPROVE", "RETURN", "approve", "", "MAYBE"));
                o.put("comment", pick("同意", "", "x".repeat(100_001)));
                o.put("conclusion", pick("不涉密，同意公开", ""));
                o.putObject("sections").put(pick("s1", "s9", ""), "段落意见");
                o.putArray("changes").add(pick("T-UNIT@s1#0", ""));
                o.putObject("clearances").put("S-NAME@s1#0", "公开的人名");
            }
            case "deadline" -> o.put("deadline", pick("2027-01-31", "2027-02-30", "", "99999-01-01", "+999999999-12-31",
                    "-999999999-01-01", "2027-01-31T00:00"));
            case "unit" -> o.put("code", "fz-" + random.nextInt(1_000_000)).put("name", pick("模糊测试乡人民政府", "", "名".repeat(5000)))
                    .put("short_name", pick("模糊乡", "", "x".repeat(300))).put("kind", pick("XIANG", "ZHEN", "COUNTY", "BOGUS", ""))
                    .put("parent_code", pick(ownUnits.get(1), "", "no-such-unit", "lanxi"));
            case "unitPatch" -> o.put(pick("name", "short_name", "kind", "code", "parent_code"),
                    pick("改名乡人民政府", "", "名".repeat(5000), "XIANG", "BOGUS"));
            case "user" -> o.put("username", pick("fz." + random.nextInt(1_000_000), "", "x".repeat(500), "a b", "\u0000",
                            "admin", "名字")).put("display_name", pick("模糊用户", "", "名".repeat(5000), "\u0007"))
                    .put("email", pick("a@b.cn", "", "not-an-email", "x".repeat(400) + "@b.cn"));
            case "userPatch" -> {
                o.put("display_name", pick("模糊用户", "", "名".repeat(5000), " "));
                o.put("email", pick("a@b.cn", "", "@", "x".repeat(400) + "@b.cn"));
                if (chance(0.5)) {
                    o.put("enabled", chance(0.5));
                }
                if (chance(0.2)) {
                    o.put(pick("username", "password", "roles"), "x");
                }
            }
            case "role" -> o.put("role", pick("CLERK", "LEADER", "COUNTY_OFFICE", "SYSTEM_ADMIN", "AUDIT_ADMIN", "BOGUS", ""))
                    .put("unit", pick(town, ownUnits.get(1), "", "no-such-unit", "x".repeat(300)));
            case "reset" -> o.put("password", pick("Reset-by-Sec-2026!", "", "short", "x".repeat(5000), "密码密码密码密码密码密码"));
            case "password" -> o.put("old", pick("wrong-old", "", "x".repeat(5000))).put("new", pick("New-Passw0rd-2026", "",
                    "x".repeat(5000)));
            case "token" -> o.put("name", pick("脚本", "", "x".repeat(200), "\u0000")).put("days", "__NUM__");
            default -> o.put("x", "__NUM__");
        }
        return o;
    }

    /** One random node of the tree replaced by a hostile value. */
    private JsonNode mutate(JsonNode tree) {
        if (!tree.isContainerNode() || tree.isEmpty() || chance(0.05)) {
            return hostile();
        }
        JsonNode node = tree;
        for (int depth = 0; depth < 6 && node.isContainerNode() && !node.isEmpty(); depth++) {
            JsonNode child = childOf(node);
            if (!child.isContainerNode() || child.isEmpty() || chance(0.3)) {
                replaceChild(node, child);
                return tree;
            }
            node = child;
        }
        return tree;
    }

    private JsonNode childOf(JsonNode node) {
        int i = random.nextInt(node.size());
        if (node.isArray()) {
            return node.get(i);
        }
        Iterator<String> names = node.fieldNames();
        String name = names.next();
        for (int k = 0; k < i; k++) {
            name = names.next();
        }
        return node.get(name);
    }

    private void replaceChild(JsonNode parent, JsonNode child) {
        if (parent instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) == child) {
                    a.set(i, hostile());
                    return;
                }
            }
        } else if (parent instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue() == child) {
                    if (chance(0.1)) {
                        it.remove();
                    } else {
                        f.setValue(hostile());
                    }
                    return;
                }
            }
        }
    }

    private JsonNode hostile() {
        return switch (random.nextInt(10)) {
            case 0 -> JSON.getNodeFactory().textNode("__NUM__");
            case 1 -> JSON.getNodeFactory().textNode("字".repeat(pick(1, 4001, 100_001, 300_000)));
            case 2 -> JSON.getNodeFactory().textNode(pick("", " ", "\u0000", "\ud800", "<script>alert(1)</script>",
                    "=cmd|' /C calc'!A0", "\r\n", "null", "-0", "1e309"));
            case 3 -> JSON.getNodeFactory().nullNode();
            case 4 -> JSON.getNodeFactory().booleanNode(chance(0.5));
            case 5 -> JSON.createArrayNode().add(1).add("a").addNull();
            case 6 -> JSON.createObjectNode().put("unexpected", "__NUM__");
            case 7 -> JSON.getNodeFactory().numberNode(pick(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 100_000_000_000_000L));
            case 8 -> JSON.getNodeFactory().numberNode(pick(-0.0, 0.00004, 1e300, Double.MIN_VALUE));
            default -> JSON.getNodeFactory().textNode("__NUM__");
        };
    }

    private byte[] deep() {
        int depth = pick(100, 1001, 5000, 50_000);
        String open = pick("[", "{\"a\":");
        String close = open.equals("[") ? "]" : "}";
        return (open.repeat(depth) + "1" + (chance(0.5) ? close.repeat(depth) : "")).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] rawGarbage() {
        return switch (random.nextInt(7)) {
            case 0 -> new byte[] {(byte) 0xc3, 0x28, (byte) 0xff, (byte) 0xfe, '{', '}'};
            case 1 -> "{\"unit\": \"\u5170\", \"year\": 2026".getBytes(StandardCharsets.UTF_8);
            case 2 -> "<xml>not json</xml>".getBytes(StandardCharsets.UTF_8);
            case 3 -> "null".getBytes(StandardCharsets.UTF_8);
            case 4 -> "\"just a string\"".getBytes(StandardCharsets.UTF_8);
            case 5 -> new byte[RequestBodies.LIMIT + 10];
            default -> {
                byte[] b = new byte[1 + random.nextInt(2000)];
                random.nextBytes(b);
                yield b;
            }
        };
    }

    private byte[] withBadUtf8(byte[] json) {
        int at = json.length / 2;
        for (int i = at; i < json.length; i++) {
            if (json[i] == '"') {
                at = i + 1;
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, at);
        out.writeBytes(pick(new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xff}, new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
        out.write(json, at, json.length - at);
        return out.toByteArray();
    }

    /** A multipart upload of garbage (or nothing) in the field {@code file}, or no multipart at all. */
    private byte[] sheet(Map<String, String> headers) {
        if (chance(0.2)) {
            return rawGarbage();
        }
        String boundary = pick("fz" + random.nextInt(1000), "", "x".repeat(100));
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        byte[] file = switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> "code,name\n,\n\u0000,=1+1\n".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
            case 3 -> "\"unterminated,quote\n".getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] b = new byte[random.nextInt(4000)];
                random.nextBytes(b);
                yield b;
            }
        };
        String name = pick("units.csv", "people.xlsx", "x.exe", "", "名单.csv", "../../etc/passwd");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pick("file", "other", "")
                + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        if (chance(0.8)) {
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
