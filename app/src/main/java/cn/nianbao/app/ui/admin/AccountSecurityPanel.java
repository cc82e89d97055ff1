package cn.nianbao.app.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.SignInThrottle;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The security administrator's part of 系统管理: unlock an account before its lockout runs out, and reset a
 * password to a one-time password shown once (the person chooses their own at the next sign-in; their sessions and
 * access tokens end). The person is named by user name: the security administrator does not browse the directory,
 * that is the system administrator's.
 */
class AccountSecurityPanel extends VerticalLayout {

    private final UserAccountService users;
    private final SignInThrottle throttle;
    private final Actor actor;

    AccountSecurityPanel(UserAccountService users, SignInThrottle throttle, Actor actor) {
        this.users = users;
        this.throttle = throttle;
        this.actor = actor;
        setPadding(false);
        add(new H3(getTranslation("admin.security")));
        TextField username = new TextField(getTranslation("admin.username"));
        username.setId("security-user");
        Button unlock = new Button(getTranslation("admin.unlock"), e -> act(() -> {
            throttle.unlock(actor, existing(username.getValue()));
            Notices.ok(getTranslation("admin.unlocked", username.getValue().strip()));
        }));
        unlock.setId("unlock");
        Button reset = new Button(getTranslation("admin.reset"), e -> act(() -> {
            String who = existing(username.getValue());
            new PasswordShownOnce(who, users.resetWithOneTimePassword(actor, who)).open();
        }));
        reset.setId("password-reset");
        HorizontalLayout form = new HorizontalLayout(username, unlock, reset);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form);
    }

    private String existing(String username) {
        String who = username == null ? "" : username.strip();
        if (who.isEmpty() || users.find(who).isEmpty()) {
            throw Refusal.notFound(getTranslation("admin.no-such-user", who));
        }
        return who;
    }

    private static void act(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            Notices.refused(e);
        }
    }
}
