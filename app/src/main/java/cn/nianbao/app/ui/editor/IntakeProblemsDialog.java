package cn.nianbao.app.ui.editor;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import cn.nianbao.reports.intake.IntakeProblem;

/** What could not be taken in from a workbook or a pasted block, each by sheet, row and column — to be read whole. */
class IntakeProblemsDialog extends Dialog {

    IntakeProblemsDialog(int filled, List<IntakeProblem> problems) {
        setId("intake-problems");
        setHeaderTitle(getTranslation("intake.problemsTitle", problems.size()));
        setWidth("48em");
        add(new Paragraph(filled > 0 ? getTranslation("intake.filledSome", filled) : getTranslation("intake.filledNone")));
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.message())));
        add(list);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
