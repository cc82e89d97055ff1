package cn.nianbao.domain.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/** A sheet of units is checked as a whole, imported only when clean, and imported again changes nothing. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class UnitImportTest {

    @Autowired UnitImport importer;
    @Autowired UnitDirectory directory;
    @Autowired UnitService units;
    @Autowired UserAccountService users;

    final String t = UUID.randomUUID().toString().substring(0, 8);
    Actor admin;
    Actor clerk;

    @BeforeEach
    void people() {
        users.create("admin." + t, "secret-pw", "管理员", null);
        admin = users.grant("admin." + t, Role.SYSTEM_ADMIN, null).actor();
        UnitView somewhere = units.create("s-" + t, "某乡", "某乡", UnitKind.XIANG, null);
        users.create("clerk." + t, "secret-pw", "起草人", null);
        clerk = users.grant("clerk." + t, Role.CLERK, somewhere.id()).actor();
    }

    private UnitRow row(int n, String code, String name, String kind, String parent) {
        return new UnitRow(n, code == null ? "" : code, name, "", kind, parent == null ? "" : parent);
    }

    private String c(String code) {
        return code + "-" + t;
    }

    @Test
    void a_dry_run_lists_every_problem_by_row_in_chinese_and_imports_nothing() {
        List<UnitRow> sheet = List.of(
                row(2, c("city"), "绥化市", "CITY", null),
                row(3, c("county"), "兰西县", "COUNTY", c("city")),
                row(4, c("county"), "兰西县（重复）", "COUNTY", c("city")),
                row(5, c("town"), "某镇", "TOWNSHIP", c("county")),
                row(6, c("lost"), "某乡", "XIANG", c("nowhere")),
                row(7, "Bad Code", "某局", "COUNTY_DEPARTMENT", c("county")),
                row(8, c("nameless"), " ", "XIANG", c("county")),
                row(9, c("a"), "甲", "XIANG", c("b")),
                row(10, c("b"), "乙", "XIANG", c("a")));

        ImportOutcome dry = importer.dryRun(admin, sheet);

        assertThat(dry.ok()).isFalse();
        assertThat(dry.rows()).isEqualTo(9);
        assertThat(dry.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "code"),
                org.assertj.core.groups.Tuple.tuple(5, "kind"),
                org.assertj.core.groups.Tuple.tuple(6, "parent_code"),
                org.assertj.core.groups.Tuple.tuple(7, "code"),
                org.assertj.core.groups.Tuple.tuple(8, "name"),
                org.assertj.core.groups.Tuple.tuple(9, "parent_code"),
                org.assertj.core.groups.Tuple.tuple(10, "parent_code"));
        assertThat(dry.problems().get(0).message()).isEqualTo("单位代码「" + c("county") + "」与第 3 行重复");
        assertThat(dry.problems().get(1).message()).startsWith("未知的单位类型「TOWNSHIP」");
        assertThat(dry.problems().get(2).message()).contains("既不在表格中，也不在系统中");
        assertThat(dry.problems().get(5).message()).contains("循环");

        ImportOutcome real = importer.apply(admin, sheet);
        assertThat(real.ok()).isFalse();
        assertThat(real.created()).isZero();
        assertThat(units.findByCode(c("city"))).isEmpty();
    }

    @Test
    void a_clean_sheet_imports_parents_before_children_and_again_changes_nothing() {
        // children listed before their parents: the import orders them itself
        List<UnitRow> sheet = new ArrayList<>(List.of(
                row(2, c("lanhe"), "兰河乡人民政府", "XIANG", c("county")),
                row(3, c("county"), "兰西县", "COUNTY", c("city")),
                row(4, c("city"), "绥化市", "CITY", null)));

        ImportOutcome first = importer.apply(admin, sheet);
        assertThat(first).extracting(ImportOutcome::ok, ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(true, 3, 0, 0);
        UnitView lanhe = units.findByCode(c("lanhe")).orElseThrow();
        assertThat(lanhe.path()).isEqualTo("/" + c("city") + "/" + c("county") + "/" + c("lanhe") + "/");
        assertThat(lanhe.shortName()).isEqualTo("兰河乡人民政府");
        assertThat(lanhe.countyId()).isEqualTo(units.findByCode(c("county")).orElseThrow().id());

        assertThat(importer.apply(admin, sheet)).extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(0, 0, 3);

        sheet.set(0, row(2, c("lanhe"), "兰河乡", "XIANG", c("county")));
        assertThat(importer.apply(admin, sheet)).extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(0, 1, 2);
        assertThat(units.findByCode(c("lanhe")).orElseThrow().name()).isEqualTo("兰河乡");

        ImportOutcome moved = importer.dryRun(admin, List.of(row(2, c("lanhe"), "兰河乡", "XIANG", c("city"))));
        assertThat(moved.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("parent_code");
            assertThat(p.message()).contains("导入不会移动单位");
        });
    }

    @Test
    void only_an_administrator_imports_or_edits_units() {
        List<UnitRow> sheet = List.of(row(2, c("x"), "某乡", "XIANG", null));
        assertThatThrownBy(() -> importer.dryRun(clerk, sheet)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> directory.create(clerk, sheet.get(0))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> directory.children(clerk, null, 0)).isInstanceOf(Refusal.class);

        UnitView made = directory.create(admin, sheet.get(0));
        assertThat(directory.update(admin, made.code(), null, "某", "ZHEN").kind()).isEqualTo(UnitKind.ZHEN);
        assertThatThrownBy(() -> directory.update(admin, made.code(), null, null, "VILLAGE"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.getMessage()).startsWith("未知的单位类型「VILLAGE」"));
    }

    @Test
    void a_province_of_fifteen_thousand_units_imports_in_seconds() {
        List<UnitRow> sheet = new ArrayList<>();
        int n = 2;
        sheet.add(row(n++, c("prov"), "测试省", "PROVINCE", null));
        for (int city = 0; city < 13; city++) {
            String cc = c("prov") + "-c" + city;
            sheet.add(row(n++, cc, "市" + city, "CITY", c("prov")));
            for (int k = 0; k < 10; k++) {
                String kc = cc + "-k" + k;
                sheet.add(row(n++, kc, "县" + k, "COUNTY", cc));
                for (int u = 0; u < 115; u++) {
                    sheet.add(row(n++, kc + "-u" + u, "乡" + u, "XIANG", kc));
                }
            }
        }
        long started = System.nanoTime();
        ImportOutcome outcome = importer.apply(admin, sheet);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BENCH import of %d units (dry check + batch writes): %d ms%n", sheet.size(), ms);

        assertThat(outcome.created()).isEqualTo(sheet.size()).isGreaterThanOrEqualTo(15_000);
        UnitView deepest = units.findByCode(c("prov") + "-c12-k9-u114").orElseThrow();
        assertThat(deepest.path())
                .isEqualTo("/" + c("prov") + "/" + c("prov") + "-c12/" + c("prov") + "-c12-k9/" + c("prov") + "-c12-k9-u114/");
        // every unit hangs off its parent, not only its path: the batches reach the parents written before them
        assertThat(deepest.parentId()).isEqualTo(units.findByCode(c("prov") + "-c12-k9").orElseThrow().id());
        assertThat(units.countChildren(units.findByCode(c("prov")).orElseThrow().id())).isEqualTo(13);
        assertThat(units.countChildren(units.findByCode(c("prov") + "-c3-k4").orElseThrow().id())).isEqualTo(115);
        long again = System.nanoTime();
        assertThat(importer.dryRun(admin, sheet).ok()).isTrue();
        System.out.printf("BENCH dry run of the same %d units: %d ms%n", sheet.size(), (System.nanoTime() - again) / 1_000_000);
    }
}
