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
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;

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
    /** The findings in the order they stand, for the list's listeners (a finding's text carries its index). */
    private List<Finding> shown = List.of();

    /** Only a click (or Enter) on a finding's text comes to the server. */
    static final String ON_TEXT = "event.target.closest('.finding-text') !== null";
    /** Which finding: its index in the list. */
    static final String INDEX = "Number(event.target.closest('.finding-text').dataset.index)";

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
        // one click and one Enter listener for the whole list, not two per finding: each listener with its event
        // data costs about 1.5 KB in every open editor, and a report has a dozen findings or more
        DomListenerRegistration click = list.getElement().addEventListener("click", e -> jumpTo(e));
        click.addEventData(INDEX).setFilter(ON_TEXT);
        DomListenerRegistration enter = list.getElement().addEventListener("keydown", e -> jumpTo(e));
        enter.addEventData(INDEX).setFilter(ON_TEXT + " && event.key === 'Enter'");
    }

    private void jumpTo(DomEvent e) {
        int i = (int) e.getEventData().getNumber(INDEX);
        if (i >= 0 && i < shown.size()) {
            jump.accept(shown.get(i));
        }
    }

    /** Shows the findings; {@code wanted} are the clearance keys of those the reviewer wants changed. */
    public void show(ValidationResult result, Set<String> wanted) {
        list.removeAll();
        summary.setText(result.findings().isEmpty() ? getTranslation("findings.none")
                : getTranslation("findings.summary", result.errors(), result.warnings(), result.count(Severity.REVIEW)));
        List<Finding> ordered = result.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        shown = ordered;
        int i = 0;
        for (Finding f : ordered) {
            // a wrapping block rather than a button: the messages are long and must be read whole
            Div item = new Div();
            Span text = new Span(getTranslation("severity." + f.severity().name()) + "｜" + f.message());
            text.addClassName("finding-text");
            text.getElement().setAttribute("data-index", String.valueOf(i));
            text.getElement().setAttribute("role", "button");
            text.getElement().setAttribute("tabindex", "0");
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

    /** The list's element, where its listeners are (for tests, which send the browser's events there). */
    com.vaadin.flow.dom.Element listElement() {
        return list.getElement();
    }

    /** The messages shown, for tests and screen readers alike. */
    public List<String> messages() {
        return list.getChildren().map(c -> ((Div) c).getChildren().findFirst().map(t -> ((Span) t).getText()).orElse(""))
                .toList();
    }
}
