package cn.nianbao.domain.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.audit.AuditEntry;
import cn.nianbao.domain.audit.AuditQuery;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.PasswordPolicy;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;

/**
 * A sheet of people is checked as a whole (every problem by row and column, in Chinese), imported only when clean,
 * and imported again changes nothing; new people get one-time passwords that are answered once and stored only as
 * hashes the sign-in accepts.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class PeopleImportTest {

    static final Actor AUDITOR = new Actor("auditor", "审计", List.of(new Grant(Role.AUDIT_ADMIN, null, null)));

    @Autowired PeopleImport importer;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired SecurityAuditLog audit;
    @Autowired JdbcTemplate jdbc;

    final String t = UUID.randomUUID().toString().substring(0, 8);
    Actor admin;

    @BeforeEach
    void tree() {
        users.create("admin." + t, "secret-pw", "管理员", null);
        admin = users.grant("admin." + t, Role.SYSTEM_ADMIN, null).actor();
        units.create(c("city"), "某市", "某市", UnitKind.CITY, null);
        units.create(c("county"), "某县", "某县", UnitKind.COUNTY, c("city"));
        units.create(c("gov"), "某县人民政府", "县政府", UnitKind.COUNTY_GOVERNMENT, c("county"));
        units.create(c("town"), "某乡人民政府", "某乡", UnitKind.XIANG, c("county"));
    }

    private String c(String code) {
        return code + "-" + t;
    }

    private String u(String name) {
        return name + "." + t;
    }

    private static PersonRow row(int n, String username, String name, String email, String unit, String roles) {
        return new PersonRow(n, username, name, email, unit, roles);
    }

    @Test
    void a_dry_run_lists_every_problem_by_row_and_column_in_chinese_and_nothing_is_imported() {
        users.create(u("sec"), "secret-pw", "安全管理员", null);
        users.grant(u("sec"), Role.SECURITY_ADMIN, null);
        List<PersonRow> sheet = List.of(
                row(2, u("clerk"), "起草人", "clerk@example.test", c("town"), "CLERK"),
                row(3, u("clerk"), "起草人二", "", c("town"), "CLERK"),
                row(4, u("lost"), "某人", "", c("nowhere"), "CLERK"),
                row(5, u("typo"), "某人", "", c("town"), "CLERK|REVIEWER"),
                row(6, u("office"), "某人", "", c("town"), "CITY_OFFICE"),
                row(7, u("mail"), "某人", "not-an-address", c("town"), "LEADER"),
                row(8, u("nameless"), "  ", "", c("town"), "LEADER"),
                row(9, "Bad Name", "某人", "", c("town"), "LEADER"),
                row(10, u("boss"), "某人", "", c("town"), "SYSTEM_ADMIN"),
                row(11, u("area"), "某人", "", c("county"), "CLERK"),
                row(12, u("sec"), "安全管理员", "", c("town"), "CLERK"),
                row(13, u("none"), "某人", "", c("town"), " "));

        ImportOutcome dry = importer.dryRun(admin, sheet);

        assertThat(dry.ok()).isFalse();
        assertThat(dry.rows()).isEqualTo(12);
        assertThat(dry.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                tuple(3, "username"), tuple(4, "unit_code"), tuple(5, "roles"), tuple(6, "roles"), tuple(7, "email"),
                tuple(8, "display_name"), tuple(9, "username"), tuple(10, "roles"), tuple(11, "roles"),
                tuple(12, "username"), tuple(13, "roles"));
        Map<Integer, String> message = new java.util.HashMap<>();
        dry.problems().forEach(p -> message.put(p.row(), p.message()));
        assertThat(message.get(3)).isEqualTo("用户名「" + u("clerk") + "」与第 2 行重复");
        assertThat(message.get(4)).isEqualTo("单位「" + c("nowhere") + "」不在系统中（请先导入单位表）");
        assertThat(message.get(5)).startsWith("未知的角色「REVIEWER」（可用：CLERK、SECRECY_REVIEWER、LEADER");
        assertThat(message.get(6)).isEqualTo("市政府办公室只能授予市级区域单位，「" + c("town") + "」是乡");
        assertThat(message.get(7)).isEqualTo("电子邮箱「not-an-address」格式不正确");
        assertThat(message.get(8)).isEqualTo("请填写姓名");
        assertThat(message.get(9)).startsWith("用户名「Bad Name」只能由小写字母");
        assertThat(message.get(10)).startsWith("管理员角色「SYSTEM_ADMIN」不能通过表格授予");
        assertThat(message.get(11)).startsWith("起草人是单位编写本单位年报的角色，不能授予区域「" + c("county") + "」");
        assertThat(message.get(12)).contains("是管理员账号");
        assertThat(message.get(13)).startsWith("缺少角色");

        PeopleImportOutcome real = importer.apply(admin, sheet);
        assertThat(real.counts().ok()).isFalse();
        assertThat(real.counts().created()).isZero();
        assertThat(real.passwords()).isEmpty();
        assertThat(users.find(u("clerk"))).isEmpty();
        assertThat(audit.search(AUDITOR, new AuditQuery(null, null, "admin." + t, PeopleImport.AUDIT_ACTION, 0, 10)))
                .singleElement().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("rows=12 problems=11");
                    assertThat(e.outcome()).hasToString("FAILURE");
                });
    }

    @Test
    void a_clean_sheet_creates_people_with_one_time_passwords_and_again_changes_nothing() {
        List<PersonRow> sheet = new ArrayList<>(List.of(
                row(2, u("clerk"), "起草人", "clerk." + t + "@example.test", c("town"), "CLERK"),
                row(3, u("reviewer"), "审查人", "", c("town"), "SECRECY_REVIEWER | LEADER"),
                row(4, u("county"), "县政府办公室", "", c("county"), "COUNTY_OFFICE"),
                row(5, u("gov"), "县政府起草人", "", c("gov"), "clerk"),
                row(6, u("city"), "市政府办公室", null, c("city"), "CITY_OFFICE")));

        PeopleImportOutcome first = importer.apply(admin, sheet);

        assertThat(first.counts()).extracting(ImportOutcome::ok, ImportOutcome::created, ImportOutcome::updated,
                ImportOutcome::unchanged).containsExactly(true, 5, 0, 0);
        assertThat(first.passwords()).extracting(IssuedPassword::username)
                .containsExactly(u("clerk"), u("reviewer"), u("county"), u("gov"), u("city"));
        IssuedPassword clerkPassword = first.passwords().get(0);
        assertThat(first.passwords()).allSatisfy(p -> assertThat(PasswordPolicy.problems(p.username(), p.password())).isEmpty());
        assertThat(first.passwords()).extracting(IssuedPassword::password).doesNotHaveDuplicates();
        assertThat(clerkPassword.toString()).doesNotContain(clerkPassword.password());

        UserAccount clerk = users.find(u("clerk")).orElseThrow();
        assertThat(clerk.mustChangePassword()).isTrue();
        assertThat(clerk.enabled()).isTrue();
        assertThat(clerk.email()).isEqualTo("clerk." + t + "@example.test");
        assertThat(clerk.passwordHash()).startsWith("{bcrypt}$2a$04$").doesNotContain(clerkPassword.password());
        assertThat(clerk.grants()).extracting(Grant::role, Grant::unitCode).containsExactly(tuple(Role.CLERK, c("town")));
        assertThat(users.find(u("reviewer")).orElseThrow().grants()).extracting(Grant::role)
                .containsExactlyInAnyOrder(Role.SECRECY_REVIEWER, Role.LEADER);
        assertThat(users.find(u("city")).orElseThrow().email()).isNull();
        // the plain password is nowhere in the database, only its hash
        assertThat(jdbc.queryForObject("select count(*) from app_user where password_hash like ? or display_name like ?",
                Long.class, "%" + clerkPassword.password() + "%", "%" + clerkPassword.password() + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from password_history h join app_user a on a.id = h.user_id "
                + "where a.username = ?", Long.class, u("clerk"))).isEqualTo(1);

        // the person signs in with it once: the sign-in's encoder accepts the cheap hash, and the new one is dearer
        users.changePassword(u("clerk"), clerkPassword.password(), "Eigenes-Passwort-2026");
        assertThat(users.find(u("clerk")).orElseThrow().passwordHash()).startsWith("{bcrypt}$2a$10$");
        assertThat(users.passwordChangeDue(u("clerk"))).isFalse();

        PeopleImportOutcome again = importer.apply(admin, sheet);
        assertThat(again.counts()).extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(0, 0, 5);
        assertThat(again.passwords()).isEmpty();
        assertThat(users.find(u("clerk")).orElseThrow().passwordHash()).startsWith("{bcrypt}$2a$10$");

        // a new name and a role more count as updated; roles not in the sheet are kept
        sheet.set(0, row(2, u("clerk"), "起草人（改名）", "clerk." + t + "@example.test", c("town"), "CLERK|LEADER"));
        sheet.set(1, row(3, u("reviewer"), "审查人", "", c("town"), "SECRECY_REVIEWER"));
        assertThat(importer.dryRun(admin, sheet)).extracting(ImportOutcome::created, ImportOutcome::updated,
                ImportOutcome::unchanged).containsExactly(0, 1, 4);
        assertThat(users.find(u("clerk")).orElseThrow().displayName()).isEqualTo("起草人");
        PeopleImportOutcome third = importer.apply(admin, sheet);
        assertThat(third.counts()).extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(0, 1, 4);
        assertThat(users.find(u("clerk")).orElseThrow()).satisfies(a -> {
            assertThat(a.displayName()).isEqualTo("起草人（改名）");
            assertThat(a.grants()).extracting(Grant::role).containsExactlyInAnyOrder(Role.CLERK, Role.LEADER);
        });
        assertThat(users.find(u("reviewer")).orElseThrow().grants()).hasSize(2);

        List<AuditEntry> lines = audit.search(AUDITOR, new AuditQuery(null, null, "admin." + t, PeopleImport.AUDIT_ACTION, 0, 10));
        assertThat(lines).extracting(AuditEntry::target).containsExactly(
                "rows=5 created=0 updated=1 unchanged=4 roles=1",
                "rows=5 created=0 updated=0 unchanged=5 roles=0",
                "rows=5 created=5 updated=0 unchanged=0 roles=6");
    }

    @Test
    void only_the_system_administrator_imports_people() {
        users.create(u("security"), "secret-pw", "安全管理员", null);
        Actor security = users.grant(u("security"), Role.SECURITY_ADMIN, null).actor();
        users.create(u("office"), "secret-pw", "县政府办公室", null);
        Actor office = users.grant(u("office"), Role.COUNTY_OFFICE, units.findByCode(c("county")).orElseThrow().id()).actor();
        List<PersonRow> sheet = List.of(row(2, u("x"), "某人", "", c("town"), "CLERK"));

        for (Actor who : List.of(security, office)) {
            assertThatThrownBy(() -> importer.apply(who, sheet)).isInstanceOfSatisfying(Refusal.class,
                    e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
            assertThatThrownBy(() -> importer.dryRun(who, sheet)).isInstanceOf(Refusal.class);
        }
        assertThat(users.find(u("x"))).isEmpty();
        assertThatThrownBy(() -> importer.dryRun(admin, List.of())).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.code()).isEqualTo("EMPTY_SHEET"));
    }
}
