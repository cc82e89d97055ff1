package cn.nianbao.app.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.FindingMask;
import cn.nianbao.domain.rule.Severity;
import cn.nianbao.domain.rule.ValidationResult;

/**
 * The live list of findings: ERROR, WARNING, REVIEW; a click jumps to the cell or text it is about. A 保密预审
 * finding that can be masked has 「遮盖」, and one the 保密审查 reviewer sent back to change says so.
 */
public class FindingsPanel extends VerticalLayout {

    private final Consumer<Finding> jump;
    private final Consumer<Finding> mask;
    private final Span summary = new Span();
    private final VerticalLayout list = new VerticalLayout();

    public FindingsPanel(Consumer<Finding> jump, Consumer<Finding> mask) {
        this.jump = jump;
        this.mask = mask;
        setId("findings");
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        summary.setId("findings-summary");
        add(new H3(getTranslation("findings.title")), summary, list);
    }

    /** Shows the findings; {@code wanted} are the clearance keys of those the reviewer wants changed. */
    public void show(ValidationResult result, Set<String> wanted) {
        list.removeAll();
        summary.setText(result.findings().isEmpty() ? getTranslation("findings.none")
                : getTranslation("findings.summary", result.errors(), result.warnings(), result.count(Severity.REVIEW)));
        List<Finding> ordered = result.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        int i = 0;
        for (Finding f : ordered) {
            // a wrapping block rather than a button: the messages are long and must be read whole
            Div item = new Div();
            Span text = new Span(getTranslation("severity." + f.severity().name()) + "｜" + f.message());
            text.addClassName("finding-text");
            text.addClickListener(e -> jump.accept(f));
            text.getElement().setAttribute("role", "button");
            text.getElement().setAttribute("tabindex", "0");
            text.getElement().addEventListener("keydown", e -> jump.accept(f)).setFilter("event.key === 'Enter'");
            item.add(text);
            item.addClassNames("finding", "finding-" + f.severity().name().toLowerCase());
            item.getElement().setAttribute("data-rule", f.rule());
            item.getElement().setAttribute("data-at", f.at());
            if (f.severity() == Severity.REVIEW) {
                item.getElement().setAttribute("data-key", f.clearanceKey());
                if (wanted.contains(f.clearanceKey())) {
                    Span asked = new Span(getTranslation("findings.wanted"));
                    asked.addClassName("finding-wanted");
                    item.add(asked);
                }
                if (FindingMask.maskable(f)) {
                    Button hide = new Button(getTranslation("findings.mask"), e -> mask.accept(f));
                    hide.setId("mask-" + i);
                    hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    hide.setTooltipText(getTranslation("findings.maskHint", FindingMask.masked(f)));
                    item.add(hide);
                }
            }
            list.add(item);
            i++;
        }
    }

    /** The messages shown, for tests and screen readers alike. */
    public List<String> messages() {
        return list.getChildren().map(c -> ((Div) c).getChildren().findFirst().map(t -> ((Span) t).getText()).orElse(""))
                .toList();
    }
}
