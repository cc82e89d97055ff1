package cn.nianbao.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.DomainTestApp;
import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.TownshipFixture;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/** The report aggregate refuses every move its status does not allow, and announces each move it makes. */
@SpringBootTest(classes = {DomainTestApp.class, TestDatabaseConfig.class})
@Import(ReportMovesTest.Heard.class)
class ReportMovesTest extends TownshipFixture {

    @Component
    static class Heard {
        final List<ReportEvent> events = new ArrayList<>();

        @EventListener
        void on(ReportEvent e) {
            events.add(e);
        }
    }

    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;
    @Autowired ReportReading reading;
    @Autowired Heard heard;

    @BeforeEach
    void forgetEarlierEvents() {
        heard.events.clear();
    }

    private ReportView draft() {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡"));
        return drafting.createFromContent(clerk, seed);
    }

    private Map<String, String> explained(ReportView r) {
        Map<String, String> out = new HashMap<>();
        drafting.validate(clerk, r.id()).of(Severity.WARNING).forEach(f -> out.put(f.explanationKey(), "已说明"));
        return out;
    }

    private ReportView submitted() {
        ReportView r = draft();
        drafting.submit(clerk, r.id(), explained(r));
        return r;
    }

    private void approveSecrecy(ReportView r) {
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : drafting.validate(secrecy, r.id()).of(Severity.REVIEW)) {
            reasons.put(f.clearanceKey(), "可以公开");
        }
        review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.APPROVE, "同意", Map.of(),
                new SecrecyClearing("经审查不涉密", reasons));
    }

    private ReportView approved() {
        ReportView r = submitted();
        approveSecrecy(r);
        review.decide(leader, r.id(), ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, "同意");
        review.decide(county, r.id(), ReviewStage.COUNTY_REVIEW, Decision.APPROVE, "同意");
        return r;
    }

    private static void refusedWith(Runnable move, String code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_report_in_review_cannot_be_edited() {
        ReportView r = submitted();
        ReportView now = reading.get(clerk, r.id());
        refusedWith(() -> drafting.update(clerk, r.id(), now.version(), now.content()), "NOT_EDITABLE");
    }

    @Test
    void a_report_in_review_cannot_be_submitted_again() {
        ReportView r = submitted();
        refusedWith(() -> drafting.submit(clerk, r.id(), explained(r)), "NOT_SUBMITTABLE");
    }

    @Test
    void a_stage_the_report_does_not_wait_in_cannot_decide() {
        ReportView r = submitted();
        refusedWith(() -> review.decide(leader, r.id(), ReviewStage.LEADER_SIGNOFF, Decision.APPROVE, "同意"),
                "ALREADY_HANDLED");
        assertThat(reading.summary(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
    }

    @Test
    void only_an_approved_report_can_be_published_or_scheduled() {
        ReportView r = submitted();
        refusedWith(() -> review.publish(county, r.id()), "NOT_APPROVED");
        refusedWith(() -> review.schedulePublication(county, r.id(), Instant.now().plusSeconds(3600)), "NOT_APPROVED");
    }

    @Test
    void a_publication_time_must_lie_ahead() {
        ReportView r = approved();
        refusedWith(() -> review.schedulePublication(county, r.id(), Instant.now().minusSeconds(60)), "BAD_TIME");
    }

    @Test
    void only_a_published_report_can_be_corrected_and_only_with_a_reason() {
        ReportView r = approved();
        refusedWith(() -> review.openCorrection(county, r.id(), "更正数字"), "NOT_PUBLISHED");
        review.publish(county, r.id());
        refusedWith(() -> review.openCorrection(county, r.id(), " "), "REASON_REQUIRED");
        review.openCorrection(county, r.id(), "更正数字");
        assertThat(reading.summary(county, r.id()).status()).isEqualTo(ReportStatus.IN_CORRECTION);
    }

    @Test
    void a_submission_can_be_withdrawn_until_the_first_decision() {
        ReportView r = submitted();
        assertThat(drafting.withdraw(clerk, r.id())).isEqualTo(ReportStatus.DRAFT);
        assertThat(reading.history(clerk, r.id())).extracting(HistoryEntry::action).endsWith("SUBMIT", "WITHDRAW");

        drafting.submit(clerk, r.id(), explained(r));
        approveSecrecy(r);
        refusedWith(() -> drafting.withdraw(clerk, r.id()), "NOT_WITHDRAWABLE");
        assertThat(reading.summary(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_LEADER_SIGNOFF);
    }

    @Test
    void only_the_clerk_of_the_unit_withdraws() {
        ReportView r = submitted();
        assertThatThrownBy(() -> drafting.withdraw(secrecy, r.id())).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void every_move_is_announced_with_the_facts_of_the_report() {
        ReportView r = approved();
        review.publish(county, r.id());

        assertThat(heard.events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ReportSubmitted", "StageDecided", "StageDecided", "StageDecided", "ReportPublished");
        assertThat(heard.events).allSatisfy(e -> {
            assertThat(e.report().reportId()).isEqualTo(r.id());
            assertThat(e.report().countyId()).isEqualTo(fx.county().id());
            assertThat(e.report().submittedBy()).isEqualTo(clerk.username());
        });
    }

    @Test
    void a_return_is_announced_with_the_section_comments_headed_by_their_titles() {
        ReportView r = submitted();
        refusedWith(() -> review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, "x",
                Map.of("s9", "?"), null), "BAD_SECTION");

        review.decide(secrecy, r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, "请修改", Map.of("s3", "数字有误"), null);

        ReportReturned returned = (ReportReturned) heard.events.get(heard.events.size() - 1);
        assertThat(returned.comment()).isEqualTo("请修改\n【三、收到和处理政府信息公开申请情况】数字有误");
    }
}
