package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.Fixtures;
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
import cn.nianbao.domain.user.UserAccountService;

/**
 * At 保密审查 the reviewer keeps a finding (with a reason) or sends it back to change; the clerk masks a finding's
 * match in place, after which it is no finding any more.
 */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
@Import(SecrecyChoicesAndMaskingTest.Heard.class)
class SecrecyChoicesAndMaskingTest {

    static final String PERSONAL = "申请人李建国（住富强村3组12号，身份证号230122197805124210，电话138 1234 5678）"
            + "申请公开补偿方案，补贴打入其银行卡6222 0212 3456 7894。";

    @Component
    static class Heard {
        final List<ReportReturned> returns = new ArrayList<>();

        @EventListener
        void on(ReportReturned e) {
            returns.add(e);
        }
    }

    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired ReportReading reading;
    @Autowired UnitService units;
    @Autowired UserAccountService users;
    @Autowired Heard heard;

    UnitView town;
    Actor clerk;
    Actor secrecy;

    @BeforeEach
    void setUp() {
        Fixtures fx = new Fixtures(units, users);
        town = fx.township("兰河乡", UnitKind.XIANG);
        Fixtures.Route route = fx.route(town);
        clerk = route.clerk();
        secrecy = route.secrecy();
        heard.returns.clear();
    }

    private ReportView draft() {
        ReportContent seed = SeedReport.content();
        return drafting.createFromContent(clerk, seed.withUnit(town.ref())
                .withText("s1", seed.text("s1").replace("我镇", "我乡") + "\n" + PERSONAL));
    }

    private ReportView submitted() {
        ReportView r = draft();
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> explained.put(f.explanationKey(), "已说明"));
        drafting.submit(clerk, r.id(), explained);
        return r;
    }

    private List<Finding> review(ReportView r) {
        return drafting.validate(secrecy, r.id()).of(Severity.REVIEW);
    }

    private static Finding of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule));
    }

    private static void refusedWith(Runnable move, String code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void an_approval_with_a_finding_to_change_is_refused_and_the_return_lists_it_masked() {
        ReportView r = submitted();
        List<Finding> findings = review(r);
        String id = of(findings, "SEC-ID").clearanceKey();
        Map<String, String> kept = new HashMap<>();
        findings.stream().filter(f -> !f.clearanceKey().equals(id)).forEach(f -> kept.put(f.clearanceKey(), "已核实可以公开"));
        SecrecyClearing choices = new SecrecyClearing("身份证号须遮盖", kept, Set.of(id));

        refusedWith(() -> review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.APPROVE, "同意", Map.of(),
                choices), "CHANGES_NEED_RETURN");
        Map<String, String> both = new HashMap<>(kept);
        both.put(id, "可以公开");
        refusedWith(() -> review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, null, Map.of(),
                new SecrecyClearing(null, both, Set.of(id))), "KEEP_AND_CHANGE");
        refusedWith(() -> review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, null, Map.of(),
                new SecrecyClearing(null, kept, Set.of("SEC-ID@s9#1"))), "UNKNOWN_FINDING");
        assertThat(reading.summary(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);

        // the choices alone are comment enough for a return
        review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, null, Map.of(), choices);

        String comment = heard.returns.get(0).comment();
        assertThat(comment).contains("保密审查要求删除或遮盖以下内容", "【一、总体情况】居民身份证号码「230122********4210」")
                .doesNotContain("230122197805124210");
        SecrecyRecord record = review.secrecyRecord(clerk, r.id()).orElseThrow();
        assertThat(record.decision()).isEqualTo(Decision.RETURN);
        assertThat(record.conclusion()).isEqualTo("身份证号须遮盖");
        assertThat(record.clearances()).hasSize(findings.size());
        assertThat(record.clearances()).filteredOn(c -> c.choice() == SecrecyChoice.CHANGE).singleElement()
                .satisfies(c -> {
                    assertThat(c.findingKey()).isEqualTo(id);
                    assertThat(c.match()).isEqualTo("230122********4210");
                    assertThat(c.reason()).isNull();
                });
        assertThat(record.clearances()).filteredOn(c -> c.choice() == SecrecyChoice.KEEP)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo("已核实可以公开"));
    }

    @Test
    void an_approval_keeps_every_finding_with_its_reason() {
        ReportView r = submitted();
        Map<String, String> kept = new HashMap<>();
        review(r).forEach(f -> kept.put(f.clearanceKey(), "经核实为公开信息"));

        review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.APPROVE, null, Map.of(),
                new SecrecyClearing("同意公开", kept));

        SecrecyRecord record = review.secrecyRecord(clerk, r.id()).orElseThrow();
        assertThat(record.decision()).isEqualTo(Decision.APPROVE);
        assertThat(record.clearances()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.choice()).isEqualTo(SecrecyChoice.KEEP);
            assertThat(c.reason()).isEqualTo("经核实为公开信息");
        });
    }

    @Test
    void masking_replaces_each_kind_by_its_masked_form_which_is_no_finding_any_more() {
        ReportView r = draft();
        Map<String, String> expected = Map.of("SEC-ID", "230122********4210", "SEC-PHONE", "138****5678",
                "SEC-BANK", "6222 **** **** 7894", "SEC-NAME", "李某某", "SEC-ADDR", "富强村＊＊＊＊＊");
        for (String rule : List.of("SEC-ID", "SEC-PHONE", "SEC-BANK", "SEC-NAME", "SEC-ADDR")) {
            ReportView now = reading.get(clerk, r.id());
            Finding f = of(drafting.validate(clerk, r.id()).of(Severity.REVIEW), rule);

            ReportView masked = drafting.mask(clerk, r.id(), now.version(), f.clearanceKey());

            assertThat(masked.version()).isGreaterThan(now.version());
            assertThat(masked.content().text("s1")).contains(expected.get(rule)).doesNotContain(f.match());
            assertThat(drafting.validate(clerk, r.id()).of(Severity.REVIEW)).extracting(Finding::rule).doesNotContain(rule);
        }
        assertThat(reading.get(clerk, r.id()).content().text("s1")).contains(
                "申请人李某某（住富强村＊＊＊＊＊，身份证号230122********4210，电话138****5678）");
        assertThat(reading.history(clerk, r.id())).last().satisfies(h -> assertThat(h.comment()).contains("个人住址"));
    }

    @Test
    void only_the_clerk_masks_only_while_editable_and_only_from_the_current_version() {
        ReportView r = draft();
        String key = of(drafting.validate(clerk, r.id()).of(Severity.REVIEW), "SEC-ID").clearanceKey();

        assertThatThrownBy(() -> drafting.mask(secrecy, r.id(), r.version(), key)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        refusedWith(() -> drafting.mask(clerk, r.id(), r.version() + 7, key), "STALE_VERSION");
        refusedWith(() -> drafting.mask(clerk, r.id(), r.version(), "SEC-ID@s1#0"), "UNKNOWN_FINDING");
        Map<String, String> explained = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> explained.put(f.explanationKey(), "已说明"));
        drafting.submit(clerk, r.id(), explained);
        long v = reading.get(clerk, r.id()).version();
        refusedWith(() -> drafting.mask(clerk, r.id(), v, key), "NOT_EDITABLE");
    }
}
