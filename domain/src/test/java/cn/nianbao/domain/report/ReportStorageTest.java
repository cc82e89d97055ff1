package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class ReportStorageTest {

    @Autowired ReportDrafting drafting;

    @Autowired ReportReading reading;

    @Autowired PublishedReports publicReports;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired JdbcTemplate jdbc;

    Fixtures fx;
    UnitView town;
    Actor clerk;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(units, users);
        town = fx.township("兰河乡", UnitKind.XIANG);
        clerk = fx.person("clerk", Role.CLERK, town);
    }

    @Test
    void runs_on_postgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void one_report_per_unit_and_year_in_the_service_and_in_the_database() {
        drafting.createDraft(clerk, town.code(), 2024);

        assertThatThrownBy(() -> drafting.createDraft(clerk, town.code(), 2024))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> jdbc.update("""
                insert into report (unit_id, report_year, format_id, status, version, created_at, updated_at)
                values (?, 2024, 'GOV_2021', 'DRAFT', 0, current_timestamp, current_timestamp)""", town.id()))
                .hasMessageContaining("uk_report_unit_year");
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        ReportView draft = drafting.createDraft(clerk, town.code(), 2023);
        ReportView first = drafting.update(clerk, draft.id(), draft.version(),
                draft.content().withText("s1", "第一次修改"));
        assertThat(first.version()).isGreaterThan(draft.version());

        assertThatThrownBy(() -> drafting.update(clerk, draft.id(), draft.version(),
                draft.content().withText("s1", "基于旧版本的修改")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.STALE));
        assertThat(reading.get(clerk, draft.id()).content().text("s1")).isEqualTo("第一次修改");
    }

    @Test
    void content_round_trips_through_the_database_with_blank_cells_kept_blank() {
        ReportView draft = drafting.createDraft(clerk, town.code(), 2022);
        ReportContent content = draft.content()
                .withCell("s2.art20_8.admin_fee.fee_amount", new BigDecimal("12.3456"))
                .withCell("s3.granted.natural_person", BigDecimal.valueOf(3))
                .withText("s6", "本年度未收取信息处理费。<script>alert(1)</script>");
        ReportView saved = drafting.update(clerk, draft.id(), draft.version(), content);

        ReportContent back = reading.get(clerk, saved.id()).content();
        assertThat(back).isEqualTo(content);
        assertThat(back.cell("s3.granted.org_other")).isNull();
    }

    @Test
    void administrators_manage_units_and_people_but_never_read_report_content() {
        ReportView draft = drafting.createDraft(clerk, town.code(), 2020);
        for (Role admin : Role.ADMINISTRATORS) {
            Actor a = fx.person("admin-" + admin.name().toLowerCase().replace('_', '-'), admin, null);
            assertThatThrownBy(() -> reading.get(a, draft.id()))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
            assertThat(reading.list(a, null, null, null, 0, 50)).isEmpty();
        }
    }

    @Test
    void a_clerk_of_another_township_is_told_the_report_does_not_exist() {
        ReportView draft = drafting.createDraft(clerk, town.code(), 2021);
        UnitView other = fx.township("榆林镇", UnitKind.ZHEN);
        Actor stranger = fx.person("stranger", Role.CLERK, other);

        assertThatThrownBy(() -> reading.get(stranger, draft.id()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(reading.list(stranger, null, null, null, 0, 50)).isEmpty();
        assertThat(reading.list(fx.person("office", Role.COUNTY_OFFICE, fx.county()), null, null, null, 0, 50))
                .extracting(ReportSummary::id).contains(draft.id());
    }

    @Test
    void a_new_draft_carries_over_last_years_carried_forward_applications() {
        ReportView y2022 = drafting.createDraft(clerk, town.code(), 2022);
        drafting.update(clerk, y2022.id(), y2022.version(), y2022.content()
                .withCell("s3.carried_forward.natural_person", BigDecimal.valueOf(2))
                .withCell("s3.carried_forward.total", BigDecimal.valueOf(2))
                .withCell("s2.art20_1.admin_normative_doc.in_force", BigDecimal.valueOf(7)));

        ReportContent y2023 = drafting.createDraft(clerk, town.code(), 2023).content();

        assertThat(y2023.formatId()).isEqualTo("GOV_2021");
        assertThat(y2023.cell("s3.carried_over.natural_person")).isEqualByComparingTo("2");
        assertThat(y2023.cell("s3.carried_over.total")).isEqualByComparingTo("2");
        assertThat(y2023.cell("s2.art20_1.admin_normative_doc.in_force")).isEqualByComparingTo("7");
    }

    @Test
    void the_county_sum_of_every_cell_is_one_sql_aggregate_over_published_reports() {
        UnitView a = fx.township("甲乡", UnitKind.XIANG);
        UnitView b = fx.township("乙镇", UnitKind.ZHEN);
        UnitView c = fx.township("丙乡", UnitKind.XIANG);
        ReportContent seed = SeedReport.content();
        publicReports.importPublished(seed.withUnit(a.ref())
                .withCell("s3.new_received.natural_person", BigDecimal.valueOf(4))
                .withCell("s2.art20_9.central_procurement.procurement_amount", new BigDecimal("1.25")));
        publicReports.importPublished(seed.withUnit(b.ref())
                .withCell("s3.new_received.natural_person", BigDecimal.valueOf(6))
                .withCell("s2.art20_9.central_procurement.procurement_amount", new BigDecimal("2.5")));
        publicReports.importPublished(seed.withUnit(c.ref())
                .withCell("s3.new_received.natural_person", null));
        // a draft of the same year is not published and does not count
        Actor townClerk = fx.person("clerk", Role.CLERK, town);
        drafting.createFromContent(townClerk, seed.withUnit(town.ref())
                .withCell("s3.new_received.natural_person", BigDecimal.valueOf(100)));

        var sums = publicReports.sumCells(fx.county().id(), 2020);

        assertThat(sums.get("s3.new_received.natural_person")).isEqualByComparingTo("10");
        assertThat(sums.get("s2.art20_9.central_procurement.procurement_amount")).isEqualByComparingTo("3.75");
        assertThat(sums.get("s3.granted.total")).isEqualByComparingTo("0");
    }
}
