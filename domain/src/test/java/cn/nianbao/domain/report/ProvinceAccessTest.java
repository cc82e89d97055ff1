package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;

/**
 * Who sees and who decides at each level of a province: townships see only themselves, every office sees all
 * below it read-only, and only the office of a unit's reviewing area decides its 县级审核 and publishes it.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
class ProvinceAccessTest {

    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired ReportReading reading;
    @Autowired UnitService units;
    @Autowired UserAccountService users;

    private final String t = UUID.randomUUID().toString().substring(0, 8);

    UnitView province;
    UnitView city;
    UnitView county;
    UnitView lanhe;
    UnitView yulin;
    UnitView cityDept;
    Actor provinceOffice;
    Actor cityOffice;
    Actor countyOffice;

    @BeforeEach
    void tree() {
        province = unit("p", "黑龙江省", UnitKind.PROVINCE, null);
        city = unit("c", "绥化市", UnitKind.CITY, province);
        county = unit("k", "兰西县", UnitKind.COUNTY, city);
        lanhe = unit("lanhe", "兰河乡人民政府", UnitKind.XIANG, county);
        yulin = unit("yulin", "榆林镇人民政府", UnitKind.ZHEN, county);
        cityDept = unit("cd", "绥化市发展和改革委员会", UnitKind.CITY_DEPARTMENT, city);
        provinceOffice = person("po", Role.PROVINCE_OFFICE, province);
        cityOffice = person("co", Role.CITY_OFFICE, city);
        countyOffice = person("ko", Role.COUNTY_OFFICE, county);
    }

    @Test
    void a_township_clerk_never_sees_another_township() {
        Long other = atReviewingOffice(yulin);
        Actor clerk = person("lanhe-clerk", Role.CLERK, lanhe);
        Long own = drafting.createFromContent(clerk, content(lanhe)).id();

        assertThat(reading.list(clerk, null, null, null, 0, 50)).extracting(ReportSummary::id).containsExactly(own);
        assertThatThrownBy(() -> reading.get(clerk, other)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(reading.list(clerk, null, yulin.code(), null, 0, 50)).isEmpty();
    }

    @Test
    void a_city_office_reads_its_counties_reports_but_cannot_decide_a_townships_county_review() {
        Long township = atReviewingOffice(lanhe);

        assertThat(reading.get(cityOffice, township).id()).isEqualTo(township);
        assertThat(reading.list(cityOffice, null, null, null, 0, 50)).extracting(ReportSummary::id).contains(township);
        assertThatThrownBy(() -> review.decide(cityOffice, township, ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));

        review.decide(countyOffice, township, ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意");
        assertThatThrownBy(() -> review.publish(cityOffice, township)).isInstanceOf(Refusal.class);
        review.publish(countyOffice, township);
        assertThat(reading.summary(cityOffice, township).status()).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void a_city_office_decides_and_publishes_a_city_departments_report_which_the_county_never_sees() {
        Long dept = atReviewingOffice(cityDept);

        assertThatThrownBy(() -> reading.get(countyOffice, dept)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThatThrownBy(() -> review.decide(provinceOffice, dept, ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意"))
                .isInstanceOf(Refusal.class);

        review.decide(cityOffice, dept, ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意");
        review.publish(cityOffice, dept);
        assertThat(reading.summary(provinceOffice, dept).status()).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void the_province_office_lists_everything_below_it_and_nothing_outside() {
        Long township = atReviewingOffice(lanhe);
        Long dept = atReviewingOffice(cityDept);
        UnitView elsewhere = unit("q", "别省", UnitKind.PROVINCE, null);
        UnitView stranger = unit("qx", "别省某乡", UnitKind.XIANG, elsewhere);
        Long outside = drafting.createFromContent(person("qx-clerk", Role.CLERK, stranger), content(stranger)).id();

        assertThat(reading.list(provinceOffice, null, null, null, 0, 200)).extracting(ReportSummary::id)
                .contains(township, dept).doesNotContain(outside);
        assertThat(reading.list(countyOffice, null, null, null, 0, 200)).extracting(ReportSummary::id)
                .contains(township).doesNotContain(dept, outside);
    }

    // ------------------------------------------------------------------ fixtures

    private UnitView unit(String code, String name, UnitKind kind, UnitView parent) {
        return units.create(code + "-" + t, name, name, kind, parent == null ? null : parent.code());
    }

    private Actor person(String who, Role role, UnitView unit) {
        String username = who + "." + t;
        if (users.find(username).isEmpty()) {
            users.create(username, "secret-pw", who, username + "@example.test");
        }
        return users.grant(username, role, unit.id()).actor();
    }

    private ReportContent content(UnitView unit) {
        return SeedReport.content().withUnit(unit.ref());
    }

    /** The unit's report, submitted, cleared and signed off: it waits for its reviewing office. */
    private Long atReviewingOffice(UnitView unit) {
        Actor clerk = person(unit.code() + "-clerk", Role.CLERK, unit);
        Actor secrecy = person(unit.code() + "-secrecy", Role.SECRECY_REVIEWER, unit);
        Actor leader = person(unit.code() + "-leader", Role.LEADER, unit);
        ReportView r = drafting.createFromContent(clerk, content(unit));
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> explained.put(f.explanationKey(), "已说明"));
        drafting.submit(clerk, r.id(), explained);
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : drafting.validate(secrecy, r.id()).of(Severity.REVIEW)) {
            reasons.put(f.clearanceKey(), "可以公开");
        }
        review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.APPROVE, "同意", Map.of(),
                new SecrecyClearing("经审查不涉密", reasons));
        review.decide(leader, r.id(), ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, "同意");
        assertThat(reading.summary(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_COUNTY_REVIEW);
        return r.id();
    }
}
