package cn.nianbao.app.ui.account;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.ui.Confirm;
import cn.nianbao.app.ui.Dates;
import cn.nianbao.app.ui.MainLayout;
import cn.nianbao.app.ui.Notices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.AccessToken;
import cn.nianbao.domain.user.AccessTokens;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.IssuedToken;
import cn.nianbao.domain.user.UserAccountService;

/**
 * 我的账户: the password, and the person's access tokens for systems and scripts — listed with name, creation,
 * expiry and last use, created with the secret shown once, revoked after a question. The person is signed in
 * with their password here, so the UI may create tokens (the API refuses that to a token).
 */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("我的账户 · 年报通")
@PermitAll
public class AccountView extends VerticalLayout {

    private final AccessTokens tokens;
    private final Actor actor;
    private final Grid<AccessToken> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    public AccountView(CurrentActor current, AccessTokens tokens, UserAccountService accounts) {
        this.tokens = tokens;
        this.actor = current.require();
        Button password = new Button(getTranslation("account.password"),
                e -> new ChangePasswordDialog(accounts, actor.username()).open());
        password.setId("account-password");
        add(new H2(getTranslation("account.title")),
                new Paragraph(getTranslation("account.signed-in-as", actor.username(), actor.displayName())), password,
                new H3(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), createForm());

        grid.setId("tokens");
        grid.setAllRowsVisible(true);
        grid.addColumn(AccessToken::name).setHeader(getTranslation("tokens.col.name")).setFlexGrow(2);
        grid.addColumn(t -> Dates.time(t.createdAt())).setHeader(getTranslation("tokens.col.created"));
        grid.addColumn(t -> t.expired(Instant.now())
                        ? getTranslation("tokens.expired", Dates.time(t.expiresAt())) : Dates.time(t.expiresAt()))
                .setHeader(getTranslation("tokens.col.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never-used") : Dates.time(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.col.last-used"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        none.setId("tokens-none");
        none.setText(getTranslation("tokens.none"));
        add(grid, none);
        refresh();
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        name.setMaxLength(AccessTokens.MAX_NAME);
        name.setWidth("20em");
        IntegerField days = new IntegerField(getTranslation("tokens.days"));
        days.setId("token-days");
        days.setMin(1);
        days.setMax(AccessTokens.MAX_DAYS);
        days.setValue(90);
        days.setStepButtonsVisible(true);
        Button create = new Button(getTranslation("tokens.create"), e -> {
            try {
                IssuedToken issued = tokens.issue(actor, name.getValue(), days.getValue());
                name.clear();
                refresh();
                new TokenShownOnce(issued).open();
            } catch (Refusal r) {
                Notices.refused(r);
            }
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Button revokeButton(AccessToken token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), e -> Confirm.ask(getTranslation("tokens.revoke.title"),
                getTranslation("tokens.revoke.text", token.name()), getTranslation("tokens.revoke"), true, () -> {
                    try {
                        tokens.revoke(actor, token.id());
                        Notices.ok(getTranslation("tokens.revoked", token.name()));
                    } catch (Refusal r) {
                        Notices.refused(r);
                    }
                    refresh();
                }));
        revoke.setId("token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void refresh() {
        var mine = tokens.of(actor.username());
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }
}
