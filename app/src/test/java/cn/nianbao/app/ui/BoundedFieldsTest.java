package cn.nianbao.app.ui;

import cn.nianbao.app.ui.editor.EditorCells;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.app.ui.editor.EditorTexts;

/**
 * The UI's fields take what the domain takes: each text field carries its maximum as maxlength and counts the
 * characters under it, and a number cell refuses a value the database would round or overflow.
 */
class BoundedFieldsTest extends KaribuTest {

    @Autowired ReportReading reading;

    @Test
    void the_editor_and_the_review_page_bound_their_texts_and_count_them() {
        Drafts drafts = new Drafts(ctx);
        String town = drafts.township();
        ReportView r = drafts.filled(town + ".clerk", town, 2022);
        as(town + ".clerk", "reports/" + r.id() + "/edit");
        org.jsoup.nodes.Element s5 = org.jsoup.Jsoup.parse(EditorTexts.formHtml()).getElementById("text-s5");
        assertThat(s5.attr("maxlength")).isEqualTo(String.valueOf(TextLimit.SECTION_TEXT.max()));
        EditorTexts.type("s5", "下一步将增加政策解读的图解。");
        assertThat(EditorTexts.counter("s5")).isEqualTo("已输入 14 / 20000 个字符");

        String cell = "s3.granted.natural_person";
        String before = String.valueOf(reading.get(drafts.actor(town + ".clerk"), r.id()).content().cell("s3.granted.natural_person"));
        EditorCells.type(cell, "10000000000000");
        assertThat(EditorCells.invalid(cell)).isTrue();
        assertThat(EditorCells.error(cell)).contains("无法准确保存", "10 的 12 次方");
        assertThat(EditorCells.text(cell)).isEqualTo("10000000000000");
        EditorCells.type(cell, "1000000000000");
        assertThat(EditorCells.invalid(cell)).isFalse();
        assertThat(EditorCells.text(cell)).isEqualTo("1000000000000");
        assertThat(before).isNotEqualTo("1000000000000");

        drafts.submit(town + ".clerk", r.id());
        as(town + ".secrecy", "reports/" + r.id());
        TextArea comment = _get(TextArea.class, s -> s.withId("comment"));
        assertThat(comment.getMaxLength()).isEqualTo(2000);
        assertThat(comment.getHelperText()).isEqualTo("已输入 0 / 2000 个字符");
        _setValue(comment, "请补充");
        assertThat(comment.getHelperText()).isEqualTo("已输入 3 / 2000 个字符");
        assertThat(_get(TextArea.class, s -> s.withId("section-s1")).getMaxLength()).isEqualTo(TextLimit.SECTION_COMMENT.max());
        assertThat(_get(TextArea.class, s -> s.withId("conclusion")).getMaxLength()).isEqualTo(TextLimit.CONCLUSION.max());
    }
}
