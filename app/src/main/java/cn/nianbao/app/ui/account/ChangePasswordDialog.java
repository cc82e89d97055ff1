package cn.nianbao.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.UserAccountService;

/** Change one's own password; the old one and the policy are checked on the server, other sessions end. */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(UserAccountService accounts, String username) {
        setHeaderTitle(getTranslation("password.title"));
        PasswordFields fields = new PasswordFields();
        add(fields);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                fields.change(accounts, username);
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
