package cn.nianbao.app.ui.editor;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.nianbao.app.ui.BoundedText;
import cn.nianbao.domain.input.TextLimit;

/**
 * A section's text in the editor: the browser's text area (the same web component as TextArea), its value sent
 * after a pause in the typing (as LAZY does), with the browser's maxlength and the counter under it that
 * {@link BoundedText} gives every bounded field. A TextArea adds validation, constraints and their listeners that
 * this field does not use (the domain bounds the text); six of them held about 4 KB each per session.
 */
@Tag("vaadin-text-area")
@Uses(TextArea.class)
public class SectionText extends AbstractSinglePropertyField<SectionText, String> implements Focusable<SectionText> {

    /** As TextArea's LAZY: the value goes to the server this long after the last keystroke. */
    private static final int PAUSE_MILLIS = 400;

    private final TextLimit limit;

    public SectionText(String label, TextLimit limit) {
        super("value", "", false);
        this.limit = limit;
        setSynchronizedEvent(ValueChangeMode.eventForMode(ValueChangeMode.LAZY, "input"));
        ValueChangeMode.applyChangeTimeout(ValueChangeMode.LAZY, PAUSE_MILLIS, getSynchronizationRegistration());
        if (label != null) {
            getElement().setProperty("label", label);
        }
        getElement().setProperty("maxlength", limit.max());
        count("");
        addValueChangeListener(e -> count(e.getValue()));
    }

    private void count(String value) {
        getElement().setProperty("helperText", BoundedText.counter(value, limit));
    }

    /** The browser's maxlength. */
    public int getMaxLength() {
        return getElement().getProperty("maxlength", 0);
    }

    /** The counter under the field ("已输入 120 / 20000 个字符"). */
    public String getHelperText() {
        return getElement().getProperty("helperText");
    }

    public String getLabel() {
        return getElement().getProperty("label");
    }

    public void setWidthFull() {
        getElement().getStyle().set("width", "100%");
    }

    public void setMinHeight(String height) {
        getElement().getStyle().set("min-height", height);
    }
}
