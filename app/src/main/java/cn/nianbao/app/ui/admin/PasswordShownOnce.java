package cn.nianbao.app.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The one time a one-time password (a new person's first, or a reset) is on screen, to be handed to the person:
 * read-only, gone from the component tree when the dialog closes; the server keeps only its hash and the person
 * must choose their own at the next sign-in.
 */
class PasswordShownOnce extends Dialog {

    PasswordShownOnce(String username, String password) {
        setId("password-issued");
        setHeaderTitle(getTranslation("admin.password.issued", username));
        setCloseOnOutsideClick(false);
        Paragraph hint = new Paragraph(getTranslation("admin.password.hint"));
        TextField shown = new TextField(getTranslation("admin.password.once"));
        shown.setId("password-once");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setValue(password);
        Button done = new Button(getTranslation("tokens.done"), e -> close());
        done.setId("password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(hint, shown);
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                shown.clear();
            }
        });
    }
}
