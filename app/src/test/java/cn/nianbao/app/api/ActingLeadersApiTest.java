package cn.nianbao.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;

/** 代理签发 by API: the leader names someone of the unit for a period, lists it and ends it; others are refused. */
@AppTest
class ActingLeadersApiTest {

    @LocalServerPort int port;

    private static String period(String unit, String acting, Object from, Object to) {
        return "{\"unit\":\"" + unit + "\",\"acting\":\"" + acting + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    @Test
    void the_leader_names_lists_and_ends_a_period_and_nobody_else_may() {
        ApiClient api = new ApiClient(port);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ApiClient.Reply named = api.post("/api/v1/acting-leaders", "beian.leader", period("lanxi-beian", "beian.clerk", today, today.plusDays(2)));
        assertThat(named.status()).isEqualTo(201);
        long id = named.json().get("id").asLong();
        try {
            assertThat(named.json().get("unit").asText()).isEqualTo("lanxi-beian");
            assertThat(named.json().get("leader").asText()).isEqualTo("beian.leader");
            assertThat(named.json().get("actingName").asText()).isEqualTo("北安乡党政办起草人");
            assertThat(named.json().get("from").asText()).isEqualTo(today.toString());
            assertThat(named.json().get("to").asText()).isEqualTo(today.plusDays(2).toString());
            assertThat(named.json().get("running").asBoolean()).isTrue();

            JsonNode mine = api.get("/api/v1/acting-leaders", "beian.leader").json();
            assertThat(mine.findValues("id")).extracting(JsonNode::asLong).contains(id);
            assertThat(api.get("/api/v1/acting-leaders", "yulin.leader").json().findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);

            // the same days again, a leader of another unit, oneself, a day that is no day, a unit that does not exist
            ApiClient.Reply overlap = api.post("/api/v1/acting-leaders", "beian.leader", period("lanxi-beian", "beian.secrecy", today, today));
            assertThat(overlap.status()).isEqualTo(409);
            assertThat(overlap.json().get("error").asText()).isEqualTo("ACTING_OVERLAP");
            assertThat(overlap.json().get("message").asText()).contains("北安乡党政办起草人");
            assertThat(api.post("/api/v1/acting-leaders", "yulin.leader", period("lanxi-beian", "beian.clerk", today, today)).status()).isEqualTo(403);
            ApiClient.Reply self = api.post("/api/v1/acting-leaders", "beian.leader", period("lanxi-beian", "beian.leader", today, today));
            assertThat(self.status()).isEqualTo(400);
            assertThat(self.json().get("error").asText()).isEqualTo("ACTING_SELF");
            ApiClient.Reply noDay = api.post("/api/v1/acting-leaders", "beian.leader", period("lanxi-beian", "beian.secrecy", "2027-13-01", today));
            assertThat(noDay.status()).isEqualTo(400);
            assertThat(noDay.json().get("error").asText()).isEqualTo("BAD_PERIOD");
            assertThat(noDay.json().get("message").asText()).contains("结束日期不能早于开始日期");
            assertThat(api.post("/api/v1/acting-leaders", "beian.leader", period("no-such-unit", "beian.secrecy", today, today)).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/acting-leaders", "beian.leader", "[1]").status()).isEqualTo(400);

            // only the leader (or an administrator) ends it
            assertThat(api.send("DELETE", "/api/v1/acting-leaders/" + id, "beian.clerk", null).status()).isEqualTo(403);
        } finally {
            assertThat(api.send("DELETE", "/api/v1/acting-leaders/" + id, "beian.leader", null).status()).isEqualTo(204);
        }
        assertThat(api.get("/api/v1/acting-leaders", "beian.leader").json().findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);
        assertThat(api.send("DELETE", "/api/v1/acting-leaders/" + id, "beian.leader", null).status()).isEqualTo(404);
    }
}
