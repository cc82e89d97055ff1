package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.SecrecyChoice;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.app.ui.editor.EditorTexts;

/**
 * Personal information in the text: the clerk masks it from the findings (「遮盖」), and the 保密审查 reviewer
 * chooses per finding 保留 or 退回修改 — a finding to change blocks 同意, and the return shows the clerk which.
 */
class SecrecyChoicesUiTest extends KaribuTest {

    static final String APPLICANT = "\n\n申请人王建国要求公开本村土地征收补偿方案，已依法答复。";
    static final String ID_NUMBER = "\n申请人的身份证号230122197805124210已核对。";

    @Autowired ReportReading reading;
    @Autowired ReportDrafting drafting;
    @Autowired ReportReview review;

    private Drafts drafts;
    private String town;

    private Actor actor(String name) {
        return drafts.actor(name);
    }

    /** The findings panel's entries of a rule. */
    private static List<Div> findingsOf(String rule) {
        return _find(Div.class, s -> s.withClasses("finding")).stream()
                .filter(d -> rule.equals(d.getElement().getAttribute("data-rule"))).toList();
    }

    private static Button maskButton(Div finding) {
        return (Button) finding.getChildren().filter(c -> c instanceof Button).findFirst().orElseThrow();
    }

    private static boolean wanted(Div finding) {
        return finding.getChildren().anyMatch(c -> c instanceof Span && ((Span) c).hasClassName("finding-wanted"));
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @Test
    void the_clerk_masks_a_name_typed_and_not_yet_saved_and_the_finding_is_gone() {
        drafts = new Drafts(ctx);
        town = drafts.township();
        ReportView r = drafts.filled(town + ".clerk", town, 2023);
        as(town + ".clerk", "reports/" + r.id() + "/edit");
        String typed = EditorTexts.value("s5") + APPLICANT;
        EditorTexts.type("s5", typed);
        List<Div> names = findingsOf("SEC-NAME");
        assertThat(names).singleElement().satisfies(d -> assertThat(d.getElement().getTextRecursively()).contains("王建国"));
        assertThat(maskButton(names.get(0)).getText()).isEqualTo("遮盖");

        _click(maskButton(names.get(0)));

        // what was typed was saved first, then the name masked: two versions, the stored text holds 王某某
        ReportView stored = reading.get(actor(town + ".clerk"), r.id());
        assertThat(stored.version()).isEqualTo(r.version() + 2);
        assertThat(stored.content().text("s5")).isEqualTo(typed.replace("王建国", "王某某"));
        assertThat(EditorTexts.value("s5")).isEqualTo(stored.content().text("s5"));
        assertThat(findingsOf("SEC-NAME")).isEmpty();
        assertThat(notices()).contains("已遮盖为「王某某」");
        assertThat(reading.history(actor(town + ".clerk"), r.id()).get(reading.history(actor(town + ".clerk"), r.id()).size() - 1)
                .comment()).contains("王某某").doesNotContain("王建国");

        // someone saved meanwhile (another tab): 遮盖 is refused as a stale save would be, and the text stays
        NotificationsKt.clearNotifications();
        EditorTexts.type("s5", stored.content().text("s5") + "申请人李建国（住兰河乡富强村3组）的申请已办结。");
        drafting.update(actor(town + ".clerk"), r.id(), stored.version(), stored.content().withText("s6", "另一处的修改。"));
        _click(maskButton(findingsOf("SEC-NAME").get(0)));
        assertThat(notices()).anyMatch(n -> n.startsWith("保存失败：他人已先保存了该报告"));
        assertThat(reading.get(actor(town + ".clerk"), r.id()).content().text("s5")).doesNotContain("李建国", "李某某");
        assertThat(EditorTexts.value("s5")).contains("李建国");
    }

    @Test
    void a_finding_sent_back_blocks_approval_and_the_return_shows_the_clerk_which_to_change() {
        drafts = new Drafts(ctx);
        town = drafts.township();
        ReportView r = drafts.filled(town + ".clerk", town, 2024);
        drafting.update(actor(town + ".clerk"), r.id(), r.version(), r.content()
                .withText("s1", r.content().text("s1") + ID_NUMBER)
                .withText("s5", r.content().text("s5") + APPLICANT));
        drafts.submit(town + ".clerk", r.id());
        List<Finding> found = drafting.validate(actor(town + ".clerk"), r.id()).of(Severity.REVIEW);
        Finding name = found.stream().filter(f -> f.rule().equals("SEC-NAME")).findFirst().orElseThrow();
        Finding id = found.stream().filter(f -> f.rule().equals("SEC-ID")).findFirst().orElseThrow();

        as(town + ".secrecy", "reports/" + r.id());
        _setValue(_get(TextArea.class, s -> s.withId("conclusion")), "身份证号已核对可公开，申请人姓名须遮盖后再报。");
        for (int i = 0; i < found.size(); i++) {
            int n = i;
            @SuppressWarnings("unchecked")
            RadioButtonGroup<SecrecyChoice> choice = _get(RadioButtonGroup.class, s -> s.withId("choice-" + n));
            String key = ((Component) choice).getParent().flatMap(Component::getParent).orElseThrow()
                    .getElement().getAttribute("data-key");
            if (key.equals(name.clearanceKey())) {
                _setValue(choice, SecrecyChoice.CHANGE);
            } else {
                _setValue(_get(TextField.class, s -> s.withId("clear-" + n)), "本人同意公开，已书面确认");
                assertThat(choice.getValue()).isEqualTo(SecrecyChoice.KEEP);
            }
        }

        // 同意 is not possible while a finding is to change, and the page says why
        Button approve = _get(Button.class, s -> s.withId("approve"));
        assertThat(approve.isEnabled()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("approve-blocked")).getText())
                .isEqualTo("已有 1 处选择“退回修改”，不能同意，请退回起草人");
        assertThat(reading.get(actor(town + ".clerk"), r.id()).status()).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);

        _click(_get(Button.class, s -> s.withId("return")));
        _click(_get(Button.class, s -> s.withId("confirm-yes")));
        assertThat(reading.get(actor(town + ".clerk"), r.id()).status()).isEqualTo(ReportStatus.RETURNED);

        // the record: the conclusion kept with the return, the name to change (masked), the ID number kept
        SecrecyRecord record = review.secrecyRecord(actor(town + ".clerk"), r.id()).orElseThrow();
        assertThat(record.decision()).isEqualTo(Decision.RETURN);
        assertThat(record.conclusion()).isEqualTo("身份证号已核对可公开，申请人姓名须遮盖后再报。");
        assertThat(record.clearances()).anySatisfy(c -> {
            assertThat(c.findingKey()).isEqualTo(name.clearanceKey());
            assertThat(c.choice()).isEqualTo(SecrecyChoice.CHANGE);
            assertThat(c.match()).isEqualTo("王某某");
        }).anySatisfy(c -> {
            assertThat(c.findingKey()).isEqualTo(id.clearanceKey());
            assertThat(c.choice()).isEqualTo(SecrecyChoice.KEEP);
        });

        // the clerk's editor: the conclusion on top, the name's finding marked as asked to change, the ID's not
        as(town + ".clerk", "reports/" + r.id() + "/edit");
        assertThat(_get(Paragraph.class, s -> s.withId("return-conclusion")).getText())
                .isEqualTo("保密审查结论：身份证号已核对可公开，申请人姓名须遮盖后再报。");
        assertThat(findingsOf("SEC-NAME")).singleElement().satisfies(d -> {
            assertThat(wanted(d)).isTrue();
            assertThat(d.getElement().getTextRecursively()).contains("保密审查要求删除或遮盖");
        });
        assertThat(findingsOf("SEC-ID")).singleElement().satisfies(d -> assertThat(wanted(d)).isFalse());

        // text typed before the name moves it; the mark follows it, and 遮盖 settles it
        EditorTexts.type("s5", "（补充）" + EditorTexts.value("s5"));
        assertThat(findingsOf("SEC-NAME")).singleElement().satisfies(d -> assertThat(wanted(d)).isTrue());
        _click(maskButton(findingsOf("SEC-NAME").get(0)));
        assertThat(findingsOf("SEC-NAME")).isEmpty();
        assertThat(reading.get(actor(town + ".clerk"), r.id()).content().text("s5")).startsWith("（补充）").contains("申请人王某某要求公开");
    }
}
