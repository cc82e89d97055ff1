package cn.nianbao.app.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import cn.nianbao.app.ui.KaribuTest;
import cn.nianbao.app.ui.account.PasswordChangeView;
import cn.nianbao.app.ui.home.HomeView;
import cn.nianbao.domain.user.UserAccountService;

/** The login page's notice after a session ended, and the page a password that must change leads to. */
class SecurityViewsTest extends KaribuTest {

    @Autowired UserAccountService accounts;

    @Test
    void the_login_page_says_in_chinese_why_the_session_ended() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("ended", "")));
        expectView(LoginView.class);
        Paragraph notice = _get(Paragraph.class, s -> s.withId("session-ended"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("长时间未操作", "重新登录");

        UI.getCurrent().navigate("login");
        expectView(LoginView.class);
        assertThat(UI.getCurrent().getCurrentView().getChildren()
                .filter(c -> c.getId().filter("session-ended"::equals).isPresent())
                .findFirst().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void a_password_set_by_an_administrator_leads_every_navigation_to_the_change_page() {
        String user = "ui." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Given-by-admin-9", "测试人员", null);
        login(user);

        UI.getCurrent().navigate("");
        expectView(PasswordChangeView.class);
        UI.getCurrent().navigate("reports");
        expectView(PasswordChangeView.class);

        _setValue(_get(PasswordField.class, s -> s.withId("password-old")), "Given-by-admin-9");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "weak");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "weak");
        _click(_get(Button.class, s -> s.withId("password-save")));
        expectView(PasswordChangeView.class);

        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "My-own-choice-2026");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "My-own-choice-2026");
        _click(_get(Button.class, s -> s.withId("password-save")));
        expectView(HomeView.class);
        assertThat(accounts.passwordChangeDue(user)).isFalse();
    }
}
