package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.app.ui.account.AccountView;
import cn.nianbao.domain.user.AccessTokens;
import cn.nianbao.domain.user.UserAccountService;

/** 我的账户: a person creates an access token, sees it once, finds it in the list and revokes it. */
class AccountViewTest extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired AccessTokens tokens;

    private String person() {
        String user = "ui.tok." + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(user, "Given-by-admin-U1", "令牌界面", null);
        accounts.changePassword(user, "Given-by-admin-U1", "Tok3n-Owner-pass");
        return user;
    }

    @Test
    void a_token_is_created_shown_once_listed_and_revoked_after_a_question() {
        String user = person();
        login(user);
        UI.getCurrent().navigate("account");
        expectView(AccountView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("tokens-none")).isVisible()).isTrue();

        _setValue(_get(TextField.class, s -> s.withId("token-name")), "统计系统");
        _setValue(_get(IntegerField.class, s -> s.withId("token-days")), 30);
        _click(_get(Button.class, s -> s.withId("token-create")));

        String secret = _get(TextField.class, s -> s.withId("token-secret")).getValue();
        assertThat(secret).startsWith("nbt_");
        assertThat(_get(Paragraph.class, s -> s.withId("token-hint")).getText()).contains("只显示这一次", "复制");
        _click(_get(Button.class, s -> s.withId("token-copy")));
        NotificationsKt.expectNotifications("令牌已复制到剪贴板");
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(b -> assertThat(b.actor().username()).isEqualTo(user));
        _click(_get(Button.class, s -> s.withId("token-done")));
        assertThat(_find(TextField.class, s -> s.withId("token-secret"))).isEmpty();

        Grid<?> grid = _get(Grid.class, s -> s.withId("tokens"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0))).contains("统计系统").doesNotContain(secret);
        long id = tokens.of(user).get(0).id();

        Button revoke = (Button) GridKt._getCellComponent(grid, 0, "revoke");
        assertThat(revoke.getId()).contains("token-revoke-" + id);
        _click(revoke);
        _click(_get(Button.class, s -> s.withId("confirm-no")));
        assertThat(tokens.of(user)).hasSize(1);
        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        _click(_get(Button.class, s -> s.withId("confirm-yes")));
        assertThat(tokens.of(user)).isEmpty();
        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("tokens-none")).isVisible()).isTrue();
    }

    @Test
    void days_out_of_range_are_refused_in_chinese_and_nothing_is_created() {
        String user = person();
        login(user);
        UI.getCurrent().navigate("account");
        _setValue(_get(TextField.class, s -> s.withId("token-name")), "太长");
        _setValue(_get(IntegerField.class, s -> s.withId("token-days")), 400);
        _click(_get(Button.class, s -> s.withId("token-create")));
        NotificationsKt.expectNotifications("有效天数须为 1 到 365 之间的整数");
        assertThat(_find(TextField.class, s -> s.withId("token-secret"))).isEmpty();
        assertThat(tokens.of(user)).isEmpty();
    }
}
