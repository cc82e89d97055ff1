package cn.nianbao.app.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A question before a step that cannot be taken back (退回, 发布, 更正, 撤回): what will happen, then 确定 or 取消.
 * A plain dialog with real buttons, so keyboard users and tests reach them like any other button.
 */
public final class Confirm extends Dialog {

    private Confirm(String title, String text, String yes, boolean danger, Runnable action) {
        setId("confirm-dialog");
        setHeaderTitle(title);
        setWidth("32em");
        add(new Paragraph(text));
        Button ok = new Button(yes, e -> {
            close();
            action.run();
        });
        ok.setId("confirm-yes");
        ok.addThemeVariants(danger ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("common.cancel"), e -> close());
        no.setId("confirm-no");
        getFooter().add(no, ok);
    }

    public static Confirm ask(String title, String text, String yes, boolean danger, Runnable action) {
        Confirm c = new Confirm(title, text, yes, danger, action);
        c.open();
        return c;
    }
}
