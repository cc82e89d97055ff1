package cn.nianbao.app.ui;

import cn.nianbao.app.ui.editor.EditorCells;
import cn.nianbao.app.ui.editor.EditorFindings;
import cn.nianbao.app.ui.editor.EditorTools;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.editor.ReportEditorView;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.app.ui.editor.EditorTexts;

/** The editor loses no input, and takes numbers as clerks type them. */
class EditorGuardsTest extends KaribuTest {

    @Autowired ReportReading reading;
    @Autowired ReportDrafting drafting;

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private ReportView draft(int year) {
        return new Drafts(ctx).filled("beian.clerk", "lanxi-beian", year);
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_stays_or_discards() {
        ReportView r = draft(2024);
        as("beian.clerk", "reports/" + r.id() + "/edit");
        EditorTexts.type("s5", "下一步将增加政策解读的图解。");
        UI.getCurrent().navigate("inbox");
        assertThat(path()).isEqualTo("reports/" + r.id() + "/edit");
        _get(Dialog.class, s -> s.withId("leave-dialog"));
        _click(_get(Button.class, s -> s.withId("leave-stay")));
        assertThat(path()).isEqualTo("reports/" + r.id() + "/edit");

        UI.getCurrent().navigate("inbox");
        _click(_get(Button.class, s -> s.withId("leave-discard")));
        assertThat(path()).isEqualTo("inbox");
        assertThat(reading.get(actor(), r.id()).version()).isEqualTo(r.version());

        // "save and leave" stores the change, then goes
        UI.getCurrent().navigate("reports/" + r.id() + "/edit");
        EditorTexts.type("s5", "下一步将增加政策解读的图解。");
        UI.getCurrent().navigate("inbox");
        _click(_get(Button.class, s -> s.withId("leave-save")));
        assertThat(path()).isEqualTo("inbox");
        assertThat(reading.get(actor(), r.id()).content().text("s5")).isEqualTo("下一步将增加政策解读的图解。");

        // nothing changed: no question
        UI.getCurrent().navigate("reports/" + r.id() + "/edit");
        UI.getCurrent().navigate("inbox");
        assertThat(path()).isEqualTo("inbox");
        assertThat(_find(Dialog.class, s -> s.withId("leave-dialog"))).isEmpty();
    }

    @Test
    void the_autosave_stores_a_changed_draft_once_and_an_unchanged_save_makes_no_version() {
        ReportView r = draft(2023);
        as("beian.clerk", "reports/" + r.id() + "/edit");
        ReportEditorView editor = _get(ReportEditorView.class);
        editor.autosave();
        assertThat(reading.get(actor(), r.id()).version()).isEqualTo(r.version());
        assertThat(_get(Span.class, s -> s.withId("autosaved")).getText()).isEmpty();

        EditorTexts.leave("s5", "自动保存的修改。");
        editor.autosave();
        assertThat(_get(Span.class, s -> s.withId("autosaved")).getText()).matches("已自动保存 \\d\\d:\\d\\d");
        ReportView stored = reading.get(actor(), r.id());
        assertThat(stored.version()).isEqualTo(r.version() + 1);
        assertThat(stored.content().text("s5")).isEqualTo("自动保存的修改。");
        editor.autosave();
        assertThat(reading.get(actor(), r.id()).version()).isEqualTo(stored.version());

        // the domain itself: the same content again is no edit, no new version, no history line
        int lines = reading.history(actor(), r.id()).size();
        ReportView again = drafting.update(actor(), r.id(), stored.version(), stored.content());
        assertThat(again.version()).isEqualTo(stored.version());
        assertThat(reading.history(actor(), r.id())).hasSize(lines);
    }

    @Test
    void cells_take_full_width_digits_refuse_what_is_no_number_and_blank_cells_fill_with_zero() {
        ReportView r = draft(2022);
        as("beian.clerk", "reports/" + r.id() + "/edit");
        String cell = "s2.art20_5.licensing.decisions";
        EditorCells.type(cell, "１２");
        assertThat(EditorCells.text(cell)).isEqualTo("12");
        assertThat(EditorCells.invalid(cell)).isFalse();
        EditorTools.click("save");
        assertThat(reading.get(actor(), r.id()).content().cell("s2.art20_5.licensing.decisions")).isEqualByComparingTo("12");

        EditorCells.type(cell, "12件");
        assertThat(EditorCells.invalid(cell)).isTrue();
        assertThat(EditorCells.text(cell)).isEqualTo("12件");
        assertThat(EditorCells.error(cell)).isEqualTo("「12件」不能填入此格：只能填写非负整数（全角数字会自动转换为半角）");

        String granted = "s3.granted.natural_person";
        EditorCells.type(granted, "");
        assertThat(EditorCells.text(granted)).isEmpty();
        EditorCells.click("fill-zero-s3");
        assertThat(EditorCells.text(granted)).isEqualTo("0");
        // a finding's text takes the clerk to what it is about (the panel's one listener for all its entries):
        // an applicant's name in 五 becomes a finding (beside others, such as a likeness to last year's text that
        // depends on what earlier tests published), and its text takes the focus
        EditorTexts.type("s5", "申请人王建国要求公开本村土地征收补偿方案，已依法答复。");
        java.util.List<String> messages = _get(cn.nianbao.app.ui.editor.FindingsPanel.class).messages();
        int named = java.util.stream.IntStream.range(0, messages.size())
                .filter(i -> messages.get(i).contains("王建国")).findFirst().orElseThrow();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        EditorFindings.click(named);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("focus"));
        // the findings panel can be folded away to give the tables room
        EditorTools.click("toggle-findings");
        assertThat(_find(cn.nianbao.app.ui.editor.FindingsPanel.class)).isEmpty();
    }

    private Actor actor() {
        return new Drafts(ctx).actor("beian.clerk");
    }
}
