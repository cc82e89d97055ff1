package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.report.Decision;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.app.ui.editor.EditorTools;

/** The submit dialog: one explanation for all blank cells, and the explanations of unchanged warnings carried over. */
class SubmissionExplanationsTest extends KaribuTest {

    @Autowired ReportDrafting drafting;
    @Autowired ReportReading reading;
    @Autowired ReportReview review;

    private static List<TextArea> explanationFields() {
        return _find(TextArea.class, s -> s.withPredicate(t -> t.getElement().hasAttribute("data-key")));
    }

    @Test
    void blanks_are_explained_once_and_a_resubmission_of_unchanged_findings_asks_for_nothing_new() {
        Drafts drafts = new Drafts(ctx);
        Actor clerk = drafts.actor("beian.clerk");
        ReportView r = drafts.filled("beian.clerk", "lanxi-beian", 2021);
        // three cells of two tables left blank
        ReportContent c = r.content().withCell("s2.art20_1.regulation.issued", null)
                .withCell("s2.art20_1.admin_normative_doc.issued", null).withCell("s4.review.pending", null);
        drafting.update(clerk, r.id(), r.version(), c);

        as("beian.clerk", "reports/" + r.id() + "/edit");
        EditorTools.click("submit");
        List<TextArea> fields = explanationFields();
        List<String> keys = fields.stream().map(f -> f.getElement().getAttribute("data-key")).toList();
        assertThat(keys).contains("CELL-BLANK").noneMatch(k -> k.startsWith("CELL-BLANK@"));
        assertThat(fields).allMatch(f -> f.getValue().isEmpty());
        for (TextArea f : fields) {
            _setValue(f, f.getElement().getAttribute("data-key").equals("CELL-BLANK") ? "这些事项本年度没有发生。" : "情况属实，已核对。");
        }
        _click(_get(Button.class, s -> s.withId("confirm-submit")));
        Map<String, String> first = reading.explanations(clerk, r.id());
        assertThat(first).containsEntry("CELL-BLANK@s2.art20_1", "这些事项本年度没有发生。")
                .containsEntry("CELL-BLANK@s4", "这些事项本年度没有发生。");

        review.decide(drafts.actor("beian.secrecy"), r.id(), ReviewStage.SECRECY_REVIEW, Decision.RETURN, "请再核对一遍。");
        as("beian.clerk", "reports/" + r.id() + "/edit");
        EditorTools.click("submit");
        // every warning is the one explained last time: its text is there, marked as carried over
        assertThat(explanationFields()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getValue()).isNotBlank();
            assertThat(f.getHelperText()).isEqualTo("沿用上次提交的说明（此提示没有变化），可以修改");
        });
        _click(_get(Button.class, s -> s.withId("confirm-submit")));
        assertThat(reading.get(clerk, r.id()).status()).isEqualTo(ReportStatus.IN_SECRECY_REVIEW);
        assertThat(reading.explanations(clerk, r.id())).isEqualTo(first);
    }
}
