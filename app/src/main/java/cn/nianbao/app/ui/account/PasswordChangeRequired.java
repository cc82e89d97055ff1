package cn.nianbao.app.ui.account;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.user.UserAccountService;

/** Every navigation of a person whose password must change leads to the password page instead. */
@Component
class PasswordChangeRequired implements VaadinServiceInitListener {

    private final CurrentActor current;
    private final UserAccountService accounts;

    PasswordChangeRequired(CurrentActor current, UserAccountService accounts) {
        this.current = current;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == PasswordChangeView.class
                || event.getNavigationTarget() == cn.nianbao.app.security.LoginView.class) {
            return;
        }
        current.find().filter(a -> accounts.passwordChangeDue(a.username()))
                .ifPresent(a -> event.rerouteTo(PasswordChangeView.class));
    }
}
