package cn.nianbao.app.ui.account;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.UserAccountService;

/**
 * The only page for a person whose password must change (set by an administrator, an import, or expired):
 * without the main layout, so nothing else can be reached from it.
 */
@Route("account/password")
@PageTitle("修改密码 · 年报通")
@PermitAll
public class PasswordChangeView extends VerticalLayout {

    public PasswordChangeView(CurrentActor current, UserAccountService accounts, AuthenticationContext auth) {
        String username = current.require().username();
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        PasswordFields fields = new PasswordFields();
        fields.setMaxWidth("28em");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                fields.change(accounts, username);
                Notices.ok(getTranslation("password.changed"));
                UI.getCurrent().navigate("");
            } catch (Refusal r) {
                Notices.refused(r);
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button out = new Button(getTranslation("nav.logout"), e -> auth.logout());
        add(new H2(getTranslation("password.required.title")), new Paragraph(getTranslation("password.required.message")),
                fields, save, out);
    }
}
