package cn.nianbao.app.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;

import org.junit.jupiter.api.Test;

import cn.nianbao.app.ui.Drafts;
import cn.nianbao.app.ui.KaribuTest;
import cn.nianbao.domain.report.ReportView;

import elemental.json.JsonArray;
import elemental.json.JsonObject;

/**
 * The editor's form as the browser gets it: the format's HTML (fetched, shared by every report of the format) has
 * the editor's number cells in the order the view sends the figures in, and once the form is in (formReady) the
 * report's figures and texts follow, in that order; the first answer carries none of them.
 */
class EditorFormTest extends KaribuTest {

    @Test
    void the_served_form_has_the_cells_in_the_order_of_the_figures_that_follow_it() {
        Drafts drafts = new Drafts(ctx);
        String town = drafts.township();
        ReportView r = drafts.filled(town + ".clerk", town, 2024);
        as(town + ".clerk", "reports/" + r.id() + "/edit");

        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parseBodyFragment(EditorTexts.formHtml());
        List<String> inputs = form.select("input.cell").eachAttr("id");
        assertThat(inputs).isEqualTo(EditorCells.keys());
        assertThat(form.select("input.cell").eachAttr("value")).allMatch(String::isEmpty);
        assertThat(form.getElementById("text-s5")).isNotNull();

        _get(ReportEditorView.class).formReady();
        List<PendingJavaScriptInvocation> sent = cn.nianbao.app.ui.SentScripts.take();
        PendingJavaScriptInvocation figures = sent.stream().filter(js -> js.getInvocation().getExpression().contains("input.cell'"))
                .reduce((a, b) -> b).orElseThrow();
        JsonArray values = (JsonArray) figures.getInvocation().getParameters().get(0);
        assertThat(values.length()).isEqualTo(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            java.math.BigDecimal stored = r.content().cell(inputs.get(i));
            String shown = values.getString(i);
            if (stored == null) {
                assertThat(shown).as(inputs.get(i)).isIn("", EditorCells.text(inputs.get(i)));
            } else {
                assertThat(new java.math.BigDecimal(shown)).as(inputs.get(i)).isEqualByComparingTo(stored);
            }
        }
        JsonObject texts = (JsonObject) figures.getInvocation().getParameters().get(1);
        assertThat(texts.getObject("text-s5").getString("value")).isEqualTo(r.content().text("s5"));
        assertThat(texts.getObject("text-s5").getString("counter")).isEqualTo("已输入 " + r.content().text("s5").length() + " / 20000 个字符");
    }
}
