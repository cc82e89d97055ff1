package cn.nianbao.app.ui.review;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import cn.nianbao.app.ui.BoundedText;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.report.SecrecyChoice;
import cn.nianbao.domain.rule.Finding;

/**
 * The 保密审查 reviewer's choice on one REVIEW finding: 保留 (may be published; the reason is required) or 退回修改
 * (to be removed or masked; no reason). Writing a reason before choosing chooses 保留; under 退回修改 the reason
 * field rests (what was typed stays, it is not sent).
 */
class SecrecyChoiceRow extends VerticalLayout {

    private final Finding finding;
    private final RadioButtonGroup<SecrecyChoice> choice = new RadioButtonGroup<>();
    private final TextField reason = new TextField();

    SecrecyChoiceRow(Finding finding, int index, Runnable changed) {
        this.finding = finding;
        setPadding(false);
        setSpacing(false);
        addClassName("secrecy-choice");
        getElement().setAttribute("data-key", finding.clearanceKey());
        Span what = new Span(finding.message() + "（「" + finding.match() + "」）");
        choice.setId("choice-" + index);
        choice.setItems(SecrecyChoice.values());
        choice.setItemLabelGenerator(SecrecyChoice::label);
        reason.setId("clear-" + index);
        reason.setPlaceholder(getTranslation("review.clear"));
        reason.setWidthFull();
        BoundedText.apply(reason, TextLimit.CLEARANCE_REASON);
        choice.addValueChangeListener(e -> {
            reason.setEnabled(e.getValue() != SecrecyChoice.CHANGE);
            reason.setRequiredIndicatorVisible(e.getValue() == SecrecyChoice.KEEP);
            changed.run();
        });
        reason.addValueChangeListener(e -> {
            if (choice.isEmpty() && !e.getValue().isBlank()) {
                choice.setValue(SecrecyChoice.KEEP);
            }
        });
        HorizontalLayout row = new HorizontalLayout(choice, reason);
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        row.setFlexGrow(1, reason);
        add(what, row);
        setWidthFull();
    }

    String key() {
        return finding.clearanceKey();
    }

    /** 保留, 退回修改, or null while the reviewer has chosen nothing. */
    SecrecyChoice chosen() {
        return choice.getValue();
    }

    /** The reason to publish, sent only with 保留. */
    String reason() {
        return reason.getValue();
    }
}
