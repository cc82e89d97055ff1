package cn.nianbao.app.ui.review;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.nianbao.domain.report.ReportChange;

/**
 * What changed since the stage last decided: each text as a word-level diff, each cell as old → new (a blank
 * cell reads 空白), in the order of the report.
 */
final class ChangesList extends Div {

    ChangesList(List<ReportChange> changes) {
        setId("changes");
        addClassName("changes");
        for (ReportChange c : changes) {
            Div item = new Div();
            item.addClassName("change");
            item.getElement().setAttribute("data-key", c.key());
            Div label = new Div(c.label());
            label.addClassName("change-label");
            item.add(label);
            if (c.key().matches("s[1-6]")) {
                item.add(new TextDiff(c.before(), c.after()));
            } else {
                Span cell = new Span(shown(c.before()) + " → " + shown(c.after()));
                cell.addClassName("cell-change");
                item.add(cell);
            }
            add(item);
        }
    }

    private String shown(String v) {
        return v == null || v.isEmpty() ? getTranslation("review.blank") : v;
    }
}
