package cn.nianbao.app.ui.account;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.UserAccountService;

/** Old password, new password twice; the change keeps the session it is made from and ends the others. */
class PasswordFields extends VerticalLayout {

    final PasswordField old = new PasswordField(getTranslation("password.old"));
    final PasswordField next = new PasswordField(getTranslation("password.new.policy"));
    final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));

    PasswordFields() {
        setPadding(false);
        old.setId("password-old");
        next.setId("password-new");
        repeat.setId("password-repeat");
        for (PasswordField f : new PasswordField[] {old, next, repeat}) {
            f.setWidthFull();
        }
        add(old, next, repeat);
    }

    void change(UserAccountService accounts, String username) {
        if (!next.getValue().equals(repeat.getValue())) {
            throw Refusal.invalid("PASSWORD_MISMATCH", getTranslation("password.mismatch"));
        }
        VaadinSession session = VaadinSession.getCurrent();
        String keep = session == null || session.getSession() == null ? null : session.getSession().getId();
        accounts.changePassword(username, old.getValue(), next.getValue(), keep);
    }
}
