package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.Fixtures;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.ValidationContext;
import cn.nianbao.domain.testdb.SqlStatementCounter;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.UserAccountService;

/** Y-TEXT-SIM across the units of a county: a section copied from a sibling township is named, and nothing more. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class PeerSimilarityTest {

    static final String COPIED = "2020年，榆林镇认真贯彻落实《中华人民共和国政府信息公开条例》，围绕镇党委、政府中心工作，"
            + "坚持以公开为常态、不公开为例外，不断拓宽公开渠道，规范公开内容，主动公开政府信息，切实保障人民群众的知情权、"
            + "参与权、表达权和监督权，全年政府信息公开工作平稳有序，各项指标均已完成。";

    @Autowired ReportDrafting drafting;
    @Autowired PublishedReports published;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired javax.sql.DataSource dataSource;

    Fixtures fx;
    UnitView lanhe;
    UnitView yulin;
    Actor clerk;
    Actor county;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(units, users);
        lanhe = fx.township("兰河乡", UnitKind.XIANG);
        yulin = fx.township("榆林镇", UnitKind.ZHEN);
        Fixtures.Route route = fx.route(lanhe);
        clerk = route.clerk();
        county = route.county();
    }

    /** The seed's texts, each section made this unit's own by a distinct sentence before it. */
    private static ReportContent own(UnitView unit, String marker) {
        ReportContent seed = SeedReport.content();
        ReportContent out = seed.withUnit(unit.ref());
        for (String s : ReportContent.SECTION_KEYS) {
            out = out.withText(s, distinct(marker, s));
        }
        return out;
    }

    private static String distinct(String marker, String section) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(marker).append(section).append("第").append(i).append("项工作").append(Integer.toHexString((marker + section + i).hashCode()))
                    .append("按计划推进，").append(i % 2 == 0 ? "群众满意度稳步提升。" : "相关制度逐步完善。");
        }
        return b.toString();
    }

    private static List<Finding> similarity(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals("Y-TEXT-SIM")).toList();
    }

    @Test
    void a_section_copied_from_a_published_sibling_is_named_and_its_text_is_not_shown() {
        published.importPublished(own(yulin, "榆林").withText("s1", COPIED));
        ReportView mine = drafting.createFromContent(clerk, own(lanhe, "兰河").withText("s1", COPIED.replace("榆林镇", "我乡")));

        List<Finding> found = similarity(drafting.validate(clerk, mine.id()).findings());

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.at()).isEqualTo("s1");
            assertThat(f.message()).contains("榆林镇", "雷同").doesNotContain("贯彻落实");
            assertThat(f.actual()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.80"));
        });
    }

    @Test
    void the_editor_checks_each_keystroke_against_the_context_it_opened_with_without_a_statement() {
        published.importPublished(own(yulin, "榆林").withText("s1", COPIED));
        ReportView mine = drafting.createFromContent(clerk, own(lanhe, "兰河"));
        ValidationContext opened = drafting.validationContext(clerk, mine.id());

        // a keystroke: the copied section typed in
        ReportContent typed = mine.content().withText("s1", COPIED.replace("榆林镇", "我乡"));
        long before = SqlStatementCounter.statements();
        List<Finding> live = drafting.validate(typed, opened).findings();
        assertThat(SqlStatementCounter.statements() - before).isZero();

        // the same findings as validating that content with everything looked up afresh
        assertThat(live).containsExactlyInAnyOrderElementsOf(drafting.validate(clerk, typed).findings());
        assertThat(similarity(live)).extracting(Finding::at).containsExactly("s1");
    }

    @Test
    void different_texts_of_the_siblings_raise_nothing() {
        published.importPublished(own(yulin, "榆林"));
        ReportView mine = drafting.createFromContent(clerk, own(lanhe, "兰河"));

        assertThat(similarity(drafting.validate(clerk, mine.id()).findings())).isEmpty();
    }

    @Test
    void an_unpublished_sibling_counts_only_for_who_may_see_its_drafts() {
        Actor yulinClerk = fx.route(yulin).clerk();
        drafting.createFromContent(yulinClerk, own(yulin, "榆林").withText("s2", COPIED));
        ReportView mine = drafting.createFromContent(clerk, own(lanhe, "兰河").withText("s2", COPIED));

        // 兰河乡's clerk may not learn what 榆林镇's draft says, not even that it resembles a guess
        assertThat(similarity(drafting.validate(clerk, mine.id()).findings())).isEmpty();
        // the county office sees both drafts, and the copy
        assertThat(similarity(drafting.validate(county, mine.id()).findings())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("榆林镇"));
    }

    @Test
    void the_sketch_follows_every_save() {
        published.importPublished(own(yulin, "榆林").withText("s1", COPIED));
        ReportView mine = drafting.createFromContent(clerk, own(lanhe, "兰河"));
        assertThat(similarity(drafting.validate(clerk, mine.id()).findings())).isEmpty();

        ReportView copied = drafting.update(clerk, mine.id(), mine.version(), mine.content().withText("s1", COPIED));

        assertThat(similarity(drafting.validate(clerk, copied.id()).findings())).extracting(Finding::at).containsExactly("s1");
    }

    @Test
    void last_year_of_the_unit_itself_is_still_compared() {
        published.importPublished(own(lanhe, "兰河").withText("s1", COPIED));
        ReportContent thisYear = own(lanhe, "兰河新").withText("s1", COPIED.replace("2020年", "2021年"));
        ReportView mine = drafting.createFromContent(clerk, new ReportContent("GOV_2019", 2021, lanhe.ref(),
                thisYear.texts(), thisYear.cells()));

        assertThat(similarity(drafting.validate(clerk, mine.id()).findings())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2020年度").doesNotContain("榆林镇"));
    }

    /** A sibling's report stored before the sketches existed is compared once V11 has given it its sketches. */
    @Test
    void a_sibling_stored_before_the_sketches_counts_once_they_are_filled_in() throws Exception {
        ReportView old = published.importPublished(own(yulin, "榆林").withText("s1", COPIED));
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .update("delete from report_section_sketch where report_id = ?", old.id()); // as before V8
        ReportView mine = drafting.createFromContent(clerk, own(lanhe, "兰河").withText("s1", COPIED.replace("榆林镇", "我乡")));
        assertThat(similarity(drafting.validate(clerk, mine.id()).findings())).isEmpty();

        SectionSketchBackfillTest.backfill(dataSource);

        assertThat(similarity(drafting.validate(clerk, mine.id()).findings())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("榆林镇", "雷同"));
    }
}
