package cn.nianbao.app.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.ValidationResult;

/** The live list of findings: ERROR, WARNING, REVIEW; a click jumps to the cell or text it is about. */
public class FindingsPanel extends VerticalLayout {

    private final Consumer<Finding> jump;
    private final Span summary = new Span();
    private final VerticalLayout list = new VerticalLayout();

    public FindingsPanel(Consumer<Finding> jump) {
        this.jump = jump;
        setId("findings");
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        summary.setId("findings-summary");
        add(new H3(getTranslation("findings.title")), summary, list);
    }

    public void show(ValidationResult result) {
        list.removeAll();
        summary.setText(result.findings().isEmpty() ? getTranslation("findings.none")
                : getTranslation("findings.summary", result.errors(), result.warnings(), result.count(cn.nianbao.domain.rule.Severity.REVIEW)));
        List<Finding> ordered = result.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        for (Finding f : ordered) {
            // a wrapping block rather than a button: the messages are long and must be read whole
            Div item = new Div(getTranslation("severity." + f.severity().name()) + "｜" + f.message());
            item.addClickListener(e -> jump.accept(f));
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("tabindex", "0");
            item.getElement().addEventListener("keydown", e -> jump.accept(f)).setFilter("event.key === 'Enter'");
            item.addClassNames("finding", "finding-" + f.severity().name().toLowerCase());
            item.getElement().setAttribute("data-rule", f.rule());
            item.getElement().setAttribute("data-at", f.at());
            list.add(item);
        }
    }

    /** The messages shown, for tests and screen readers alike. */
    public List<String> messages() {
        return list.getChildren().map(c -> ((Div) c).getText()).toList();
    }
}
