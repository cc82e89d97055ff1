package cn.nianbao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.notification.NotificationView;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.SecrecyClearing;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.testdb.TestDatabaseConfig;

/**
 * Every text of the route takes its documented maximum and refuses one character more, naming the field; the
 * longest return (a 2,000-character comment and six 2,000-character section comments) is stored whole in the
 * history while the clerk's notification carries an excerpt that says so.
 */
@SpringBootTest(classes = {WorkflowTestApp.class, TestDatabaseConfig.class})
class InputBoundsRouteTest extends TownshipRoute {

    private static final String CLEARED = "经审查，报告不涉及国家秘密、工作秘密和个人信息，同意公开";

    private ReportView draft(String extraText) {
        ReportContent seed = SeedReport.content().withUnit(town.ref())
                .withText("s1", SeedReport.content().text("s1").replace("我镇", "我乡") + extraText);
        return drafting.createFromContent(clerk, seed);
    }

    private Map<String, String> explanations(Long id, String text) {
        Map<String, String> out = new HashMap<>();
        drafting.validate(clerk, id).of(Severity.WARNING).forEach(w -> out.put(w.explanationKey(), text));
        return out;
    }

    private static void refused(Runnable call, String code, String field, String... words) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(words);
        });
    }

    @Test
    void the_longest_return_is_kept_whole_and_the_notification_is_an_excerpt() {
        ReportView r = draft("");
        workflow.submit(clerk, r.id(), explanations(r.id(), "本乡未开展年度考核，已向县政府办说明"));
        String task = taskFor(secrecy, r.id());
        String comment = "请".repeat(2000);
        Map<String, String> sections = new LinkedHashMap<>();
        for (String s : new String[] {"s1", "s2", "s3", "s4", "s5", "s6"}) {
            sections.put(s, s + "改".repeat(1998));
        }

        refused(() -> workflow.complete(secrecy, task, Decision.RETURN, comment + "请", sections, null),
                "TOO_LONG", "comment", "审核意见", "2000", "2001");
        Map<String, String> tooLongSection = new LinkedHashMap<>(sections);
        tooLongSection.put("s3", "改".repeat(2001));
        refused(() -> workflow.complete(secrecy, task, Decision.RETURN, comment, tooLongSection, null),
                "TOO_LONG", "sections.s3", "2000");
        refused(() -> workflow.complete(secrecy, task, Decision.RETURN, comment, sections,
                new SecrecyClearing("结".repeat(2001), Map.of())), "TOO_LONG", "conclusion", "保密审查结论");
        assertThat(reading.get(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);

        workflow.complete(secrecy, task, Decision.RETURN, comment, sections, null);

        assertThat(reading.get(clerk, r.id()).status()).isEqualTo(ReportStatus.RETURNED);
        HistoryEntry returned = reading.history(clerk, r.id()).stream().filter(h -> h.action().equals("RETURN"))
                .findFirst().orElseThrow();
        assertThat(returned.comment()).startsWith(comment).contains(sections.values().toArray(String[]::new));
        NotificationView note = notifications.latest(clerk.username(), 10).stream()
                .filter(n -> r.id().equals(n.reportId()) && n.body().contains("请请请")).findFirst().orElseThrow();
        assertThat(note.body()).hasSizeLessThanOrEqualTo(2000).endsWith("……（全文见报告的审批记录）");
    }

    @Test
    void explanations_clearance_reasons_and_correction_reasons_are_bounded_at_their_maximum() {
        ReportView r = draft("申请人的身份证号230122197805124210已核对。");
        Map<String, String> given = explanations(r.id(), "本乡未开展年度考核，已向县政府办说明");
        String warning = given.keySet().iterator().next();
        given.put(warning, "说".repeat(2001));
        refused(() -> workflow.submit(clerk, r.id(), given), "TOO_LONG", "explanations." + warning, "警告说明", "2000");
        given.put(warning, "说".repeat(2000));
        workflow.submit(clerk, r.id(), given);
        assertThat(reading.explanations(county, r.id()).get(warning)).hasSize(2000);

        String task = taskFor(secrecy, r.id());
        Finding idNumber = drafting.validate(secrecy, r.id()).of(Severity.REVIEW).stream()
                .filter(f -> f.rule().equals("SEC-ID")).findFirst().orElseThrow();
        String key = idNumber.clearanceKey();
        refused(() -> workflow.complete(secrecy, task, Decision.APPROVE, CLEARED,
                new SecrecyClearing(CLEARED, Map.of(key, "理".repeat(1001)))), "TOO_LONG", "clearances." + key, "保留理由");
        workflow.complete(secrecy, task, Decision.APPROVE, CLEARED, new SecrecyClearing(CLEARED, Map.of(key, "理".repeat(1000))));
        workflow.complete(leader, taskFor(leader, r.id()), Decision.APPROVE, "同意发布");
        workflow.complete(county, taskFor(county, r.id()), Decision.APPROVE, null);
        workflow.publishNow(county, r.id());

        refused(() -> workflow.openCorrection(county, r.id(), "更".repeat(1001)), "TOO_LONG", "reason", "更正理由", "1000");
        assertThat(reading.get(county, r.id()).status()).isEqualTo(ReportStatus.PUBLISHED);
        workflow.openCorrection(county, r.id(), "更".repeat(1000));
        assertThat(reading.get(county, r.id()).status()).isEqualTo(ReportStatus.IN_CORRECTION);
    }

    @Test
    void section_texts_and_cells_are_stored_exactly_or_refused_naming_them() {
        ReportView r = draft("");
        refused(() -> drafting.update(clerk, r.id(), r.version(), r.content().withText("s5", "文".repeat(20_001))),
                "TOO_LONG", "sections.s5.text", "20000", "20001");
        ReportView saved = drafting.update(clerk, r.id(), r.version(), r.content().withText("s5", "文".repeat(20_000)));
        assertThat(reading.get(clerk, r.id()).content().text("s5")).hasSize(20_000);

        String cell = "s3.granted.natural_person";
        refused(() -> drafting.update(clerk, r.id(), saved.version(), saved.content().withCell(cell, new BigDecimal("0.00004"))),
                "CELL_OUT_OF_RANGE", cell, "0.00004", "无法准确保存");
        refused(() -> drafting.update(clerk, r.id(), saved.version(), saved.content().withCell(cell, BigDecimal.TEN.pow(13))),
                "CELL_OUT_OF_RANGE", cell, "10000000000000");
        drafting.update(clerk, r.id(), saved.version(), saved.content().withCell(cell, BigDecimal.TEN.pow(12)));
        assertThat(reading.get(clerk, r.id()).content().cell(cell)).isEqualByComparingTo(BigDecimal.TEN.pow(12));
    }
}
