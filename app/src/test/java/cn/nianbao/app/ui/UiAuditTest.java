package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.security.RefusalAudit;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.onboarding.UnitDirectory;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.unit.UnitKind;

/**
 * The UI's refusals and changes reach the security audit like the API's: a view the roles do not allow, another unit's
 * report, a unit added in the administration view.
 */
class UiAuditTest extends KaribuTest {

    @Autowired SecurityAuditLog audit;
    @Autowired ReportReading reading;

    private List<AuditEntry> entries(Drafts drafts, String actor, String action) {
        return audit.search(drafts.actor("audit"), new AuditQuery(null, null, actor, action, 0, 500));
    }

    @Test
    void a_forbidden_view_and_another_units_report_are_audited() {
        Drafts drafts = new Drafts(ctx);
        ReportSummary seed = reading.list(drafts.actor("lanhe.clerk"), 2020, "lanxi-lanhe", null, 0, 10).get(0);
        int viewsBefore = entries(drafts, "lanhe.clerk", RefusalAudit.ACCESS_DENIED).size();
        int hiddenBefore = entries(drafts, "yulin.clerk", RefusalAudit.NOT_VISIBLE).size();

        as("lanhe.clerk", "admin");
        assertThat(_get(H2.class, s -> s.withId("access-denied"))).isNotNull();
        as("yulin.clerk", "reports/" + seed.id());

        assertThat(entries(drafts, "lanhe.clerk", RefusalAudit.ACCESS_DENIED)).hasSize(viewsBefore + 1)
                .first().satisfies(e -> assertThat(e.target()).isEqualTo("view:/admin"));
        assertThat(entries(drafts, "yulin.clerk", RefusalAudit.NOT_VISIBLE)).hasSizeGreaterThan(hiddenBefore)
                .first().satisfies(e -> assertThat(e.target()).isEqualTo("report:" + seed.id()));
    }

    @Test
    void a_unit_added_in_the_administration_view_is_audited() {
        Drafts drafts = new Drafts(ctx);
        String code = "lanxi-audit-" + System.nanoTime() % 100000;
        as("admin", "admin");
        _setValue(_get(TextField.class, s -> s.withId("unit-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "兰西县审计试验局");
        _setValue(_get(TextField.class, s -> s.withId("unit-short")), "县审计试验局");
        _setValue(_get(Select.class, s -> s.withId("unit-kind")), UnitKind.COUNTY_DEPARTMENT);
        _click(_get(Button.class, s -> s.withId("unit-add")));

        assertThat(entries(drafts, "admin", UnitDirectory.UNIT_CREATE))
                .anyMatch(e -> e.target().equals("unit:" + code + " 兰西县审计试验局 (县审计试验局, COUNTY_DEPARTMENT)"));
    }
}
