package cn.nianbao.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;

import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.UserAccountService;

/** Change one's own password; the old one is checked on the server. */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(UserAccountService accounts, String username) {
        setHeaderTitle(getTranslation("password.title"));
        PasswordField old = new PasswordField(getTranslation("password.old"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        add(old, next);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                accounts.changePassword(username, old.getValue(), next.getValue());
                Notices.ok(getTranslation("password.changed"));
                close();
            } catch (Refusal r) {
                Notices.refused(r);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
