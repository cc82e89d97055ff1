package cn.nianbao.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.user.IssuedToken;

/**
 * The one time a new token's secret is on screen: read-only, with a copy button, and a reminder that it cannot be
 * shown again. Nothing keeps it after the dialog closes; the server stores only its hash.
 */
class TokenShownOnce extends Dialog {

    TokenShownOnce(IssuedToken issued) {
        setId("token-created");
        setHeaderTitle(getTranslation("tokens.created.title"));
        setWidth("40em");
        setCloseOnOutsideClick(false);
        Paragraph hint = new Paragraph(getTranslation("tokens.created.hint"));
        hint.setId("token-hint");
        TextField secret = new TextField(issued.name());
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setValue(issued.token());
        Button copy = new Button(getTranslation("tokens.copy"), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.token());
            Notices.ok(getTranslation("tokens.copied"));
        });
        copy.setId("token-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button done = new Button(getTranslation("tokens.done"), e -> close());
        done.setId("token-done");
        add(hint, secret);
        getFooter().add(copy, done);
        // the secret leaves the server-side component tree once the dialog is gone
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                secret.clear();
            }
        });
    }
}
