package cn.nianbao.app.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.TextLimit;

/**
 * A text field that takes what the domain takes: the field's maximum of {@link TextLimit} as the browser's
 * maxlength, and a counter under it ("已输入 120 / 2000 个字符") so the person sees the room left before the server
 * would refuse. The counter follows the typing after a short pause (LAZY), without any custom frontend code.
 */
public final class BoundedText {

    private static final Messages TEXT = Messages.of("input");

    private BoundedText() {
    }

    public static TextArea apply(TextArea area, TextLimit limit) {
        area.setMaxLength(limit.max());
        if (area.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
        area.setHelperText(counter(area.getValue(), limit));
        area.addValueChangeListener(e -> area.setHelperText(counter(e.getValue(), limit)));
        return area;
    }

    public static TextField apply(TextField field, TextLimit limit) {
        field.setMaxLength(limit.max());
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.setHelperText(counter(field.getValue(), limit));
        field.addValueChangeListener(e -> field.setHelperText(counter(e.getValue(), limit)));
        return field;
    }

    /** The counter's text under a field of this limit holding this value. */
    public static String counter(String value, TextLimit limit) {
        return TEXT.get("counter", value == null ? 0 : value.length(), limit.max());
    }
}
