package cn.nianbao.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.nianbao.app.AppTest;
import cn.nianbao.app.api.ApiClient;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.user.UserAccountService;

/**
 * Every refusal the API gives is in the chained security audit, once, with who, what and from where: a 403 of any
 * feature, and the 404 that hides another unit's report. An id that does not exist is no refusal of anything.
 */
@AppTest
class RefusalAuditTest {

    @LocalServerPort int port;
    @Autowired SecurityAuditLog audit;
    @Autowired UserAccountService accounts;

    private List<AuditEntry> entries(String actor, String action) {
        return audit.search(accounts.actor("audit").orElseThrow(), new AuditQuery(null, null, actor, action, 0, 500));
    }

    @Test
    void refusals_of_the_api_are_audited_once_each() {
        ApiClient api = new ApiClient(port);
        long seed = -1;
        for (JsonNode r : api.get("/api/v1/reports?unit=lanxi-lanhe&year=2020", "lanhe.clerk").json()) {
            seed = r.get("id").asLong();
        }
        int hiddenBefore = entries("yulin.clerk", RefusalAudit.NOT_VISIBLE).size();
        int deniedBefore = entries("lanhe.clerk", RefusalAudit.ACCESS_DENIED).size();
        int adminBefore = entries("admin", RefusalAudit.ACCESS_DENIED).size();

        assertThat(api.get("/api/v1/reports/" + seed, "yulin.clerk").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/987654321", "yulin.clerk").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/reports/" + seed + "/corrections", "lanhe.clerk", "{\"reason\":\"更正\"}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/audit", "admin").status()).isEqualTo(403);

        List<AuditEntry> hidden = entries("yulin.clerk", RefusalAudit.NOT_VISIBLE);
        assertThat(hidden).hasSize(hiddenBefore + 1);
        assertThat(hidden.get(0).target()).isEqualTo("report:" + seed);
        assertThat(hidden.get(0).outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(hidden.get(0).source()).isNotBlank();
        List<AuditEntry> denied = entries("lanhe.clerk", RefusalAudit.ACCESS_DENIED);
        assertThat(denied).hasSize(deniedBefore + 1);
        assertThat(denied.get(0).target()).isEqualTo("ReportsController.correct id=" + seed);
        assertThat(entries("admin", RefusalAudit.ACCESS_DENIED)).hasSize(adminBefore + 1)
                .first().satisfies(e -> assertThat(e.target()).startsWith("SecurityApiController.auditEntries"));
        // the refused correction changed nothing: the report is still published
        assertThat(api.get("/api/v1/reports/" + seed, "lanhe.clerk").json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(audit.verify(accounts.actor("audit").orElseThrow()).intact()).isTrue();
    }
}
