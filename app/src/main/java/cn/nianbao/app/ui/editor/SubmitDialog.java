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

/**
 * Asks for a written explanation of each WARNING before the report goes to review. The blank cells of all tables
 * take one explanation together. A warning that is the same finding the previous submission explained comes with
 * that explanation filled in, marked as carried over; the clerk may keep it or write another.
 */
class SubmitDialog extends Dialog {

    private final Map<String, TextArea> explanations = new LinkedHashMap<>();

    SubmitDialog(List<Finding> warnings, Map<String, String> carried, Function<Map<String, String>, Boolean> submit) {
        setId("submit-dialog");
        setHeaderTitle(getTranslation("submit.title"));
        setWidth("48em");
        add(new Paragraph(warnings.isEmpty() ? getTranslation("submit.noWarnings") : getTranslation("submit.explain")));
        List<Finding> blanks = warnings.stream().filter(Finding::aboutBlankCells).toList();
        if (!blanks.isEmpty()) {
            Paragraph which = new Paragraph(String.join("；", blanks.stream().map(Finding::message).toList()));
            which.addClassName("blank-tables");
            // carried over only when no table's blanks changed: every blank-cell warning keeps the same text
            List<String> kept = blanks.stream().map(b -> carried.get(b.explanationKey())).distinct().toList();
            add(which, area(Finding.BLANK_CELLS, getTranslation("submit.blanks", blanks.size()),
                    kept.size() == 1 ? kept.get(0) : null));
        }
        for (Finding w : warnings) {
            if (!w.aboutBlankCells()) {
                add(area(w.explanationKey(), w.message(), carried.get(w.explanationKey())));
            }
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

    private TextArea area(String key, String label, String carried) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setPlaceholder(getTranslation("submit.explanation"));
        area.getElement().setAttribute("data-key", key);
        BoundedText.apply(area, TextLimit.EXPLANATION);
        if (carried != null) {
            // the note that the text is carried over shows until the clerk edits it; then the counter does
            area.setValue(carried);
            area.setHelperText(getTranslation("submit.carried"));
            area.addClassName("carried");
        }
        explanations.putIfAbsent(key, area);
        return area;
    }

    /** The explanation fields, keyed {@code <rule>@<at>}, the blank cells' one under {@code CELL-BLANK} (for tests). */
    Map<String, TextArea> fields() {
        return explanations;
    }
}
