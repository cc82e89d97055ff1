package cn.nianbao.domain.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.TownshipFixture;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.sensitive.SensitiveWordService;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;

/**
 * Every change of units, deadlines and word lists has its entry in the chained security audit, in the change's own
 * transaction (a refused change leaves none), with who made it and what it became; a sheet import writes one per
 * unit.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class ChangesAuditTest extends TownshipFixture {

    private static final Actor AUDITOR = new Actor("auditor", "审计管理员", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));

    @Autowired SecurityAuditLog audit;
    @Autowired UnitDirectory directory;
    @Autowired UnitImport importer;
    @Autowired DeadlineService deadlines;
    @Autowired SensitiveWordService words;

    private List<String> targets(Actor who, String action) {
        return audit.search(AUDITOR, new AuditQuery(null, null, who.username(), action, 0, 500)).stream()
                .map(AuditEntry::target).toList();
    }

    @Test
    void unit_deadline_and_word_list_changes_are_each_in_the_chained_audit() {
        Actor admin = fx.person("sysadmin", Role.SYSTEM_ADMIN, null);
        String code = "a-" + fx.tag();
        String parent = fx.county().code();
        directory.create(admin, new UnitRow(1, code, fx.county().name() + "测试局", "测试局", "COUNTY_DEPARTMENT", parent));
        directory.update(admin, code, null, "测试局（更名）", null);
        importer.apply(admin, List.of(
                new UnitRow(2, code + "-x", fx.county().name() + "导入乡人民政府", "导入乡", "XIANG", parent),
                new UnitRow(3, code, fx.county().name() + "测试局", "测试局（再更名）", "COUNTY_DEPARTMENT", parent)));

        assertThat(targets(admin, UnitDirectory.UNIT_CREATE)).anyMatch(t -> t.startsWith("unit:" + code + " "))
                .anyMatch(t -> t.startsWith("unit:" + code + "-x ") && t.endsWith("import"));
        assertThat(targets(admin, UnitDirectory.UNIT_UPDATE)).hasSize(2)
                .anyMatch(t -> t.contains("测试局（更名）")).anyMatch(t -> t.contains("测试局（再更名）") && t.endsWith("import"));

        deadlines.set(county, fx.county().id(), 2025, LocalDate.of(2026, 1, 20));
        assertThat(targets(county, DeadlineService.DEADLINE_SET))
                .containsExactly("deadline:" + parent + "/2025 2026-01-31 -> 2026-01-20");

        words.add(county, fx.county().id(), "内部稿");
        words.add(county, fx.county().id(), "内部稿");
        words.remove(county, fx.county().id(), "内部稿");
        words.remove(county, fx.county().id(), "内部稿");
        assertThat(targets(county, SensitiveWordService.WORD_ADD)).containsExactly("words:" + parent + " 内部稿");
        assertThat(targets(county, SensitiveWordService.WORD_REMOVE)).containsExactly("words:" + parent + " 内部稿");

        // a refused change is no change: nothing in the log under its action
        assertThatThrownBy(() -> words.add(clerk, fx.county().id(), "别的词")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> deadlines.set(clerk, fx.county().id(), 2025, LocalDate.of(2026, 1, 10)))
                .isInstanceOf(Refusal.class);
        assertThat(targets(clerk, SensitiveWordService.WORD_ADD)).isEmpty();
        assertThat(targets(clerk, DeadlineService.DEADLINE_SET)).isEmpty();

        assertThat(audit.verify(AUDITOR).intact()).isTrue();
    }
}
