package cn.nianbao.app.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import cn.nianbao.app.ui.BoundedText;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.rule.Finding;

/** Asks for a written explanation of each WARNING before the report goes to review. */
class SubmitDialog extends Dialog {

    private final Map<String, TextArea> explanations = new LinkedHashMap<>();

    SubmitDialog(List<Finding> warnings, Function<Map<String, String>, Boolean> submit) {
        setId("submit-dialog");
        setHeaderTitle(getTranslation("submit.title"));
        setWidth("48em");
        add(new Paragraph(warnings.isEmpty() ? getTranslation("submit.noWarnings") : getTranslation("submit.explain")));
        for (Finding w : warnings) {
            TextArea area = new TextArea(w.message());
            area.setWidthFull();
            area.setPlaceholder(getTranslation("submit.explanation"));
            BoundedText.apply(area, TextLimit.EXPLANATION);
            area.getElement().setAttribute("data-key", w.explanationKey());
            explanations.putIfAbsent(w.explanationKey(), area);
            add(area);
        }
        Button confirm = new Button(getTranslation("editor.submit"), e -> {
            Map<String, String> given = new LinkedHashMap<>();
            explanations.forEach((k, a) -> given.put(k, a.getValue()));
            if (submit.apply(given)) {
                close();
            }
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    /** The explanation fields, keyed {@code <rule>@<at>} (for tests). */
    Map<String, TextArea> fields() {
        return explanations;
    }
}
