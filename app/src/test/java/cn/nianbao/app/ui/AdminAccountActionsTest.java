package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.nianbao.app.ui.admin.AdminView;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.user.AccountSummary;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.SignInThrottle;
import cn.nianbao.domain.user.UserAccount;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.user.UserDirectory;

/**
 * 系统管理 by 三权分立: the system administrator adds a person with a generated one-time password shown once,
 * disables and enables them and revokes a role; the security administrator unlocks and resets a password to a
 * one-time password; each sees only their own part, and the services refuse the other one.
 */
class AdminAccountActionsTest extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired UserDirectory directory;
    @Autowired SignInThrottle throttle;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    final String t = UUID.randomUUID().toString().substring(0, 6);

    private String person(String name) {
        String user = name + "." + t;
        accounts.create(user, "Initial-pass-1", "管理测试", null);
        return user;
    }

    private AccountSummary summary(String user) {
        return directory.search(accounts.actor("admin").orElseThrow(), user, 0, 1).get(0);
    }

    private String shownPassword() {
        Dialog shown = _get(Dialog.class, s -> s.withId("password-issued"));
        String password = _get(TextField.class, s -> s.withId("password-once")).getValue();
        assertThat(password).hasSize(16);
        _click(_get(Button.class, s -> s.withId("password-done")));
        assertThat(shown.isOpened()).isFalse();
        return password;
    }

    private static String notices() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    @Test
    void the_audit_administrator_and_the_people_of_a_unit_are_refused_the_screen() {
        for (String user : new String[] {"audit", "lanhe.clerk", "lanhe.leader", "lanhe.secrecy"}) {
            as(user, "admin");
            assertThat(_find(AdminView.class)).as(user).isEmpty();
            assertThat(_find(AccessDeniedView.class)).as(user).hasSize(1);
        }
    }

    @Test
    void the_system_administrator_adds_a_person_with_a_one_time_password_shown_once() {
        as("admin", "admin");
        _assertNone(PasswordField.class);
        _setValue(_get(TextField.class, s -> s.withId("user-name")), "new." + t);
        _setValue(_get(TextField.class, s -> s.withId("user-display")), "新同事");
        _click(_get(Button.class, s -> s.withId("user-add")));
        String password = shownPassword();
        UserAccount made = accounts.find("new." + t).orElseThrow();
        assertThat(made.mustChangePassword()).isTrue();
        assertThat(UserAccountService.PASSWORDS.matches(password, made.passwordHash())).isTrue();

        // a name longer than its column is the clear refusal of the API, not a database error
        _setValue(_get(TextField.class, s -> s.withId("user-name")), "long." + t);
        _setValue(_get(TextField.class, s -> s.withId("user-display")), "名".repeat(101));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("user-add")));
        assertThat(notices()).contains("100");
        assertThat(accounts.find("long." + t)).isEmpty();
    }

    @Test
    void the_system_administrator_disables_and_enables_a_person_and_revokes_a_role() {
        String user = person("state");
        accounts.grant(user, Role.CLERK, units.findByCode("lanxi-yulin").orElseThrow().id());
        as("admin", "admin");
        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> who = _get(ComboBox.class, s -> s.withId("manage-user"));
        _setValue(who, summary(user));
        _click(_get(Button.class, s -> s.withId("user-disable")));
        assertThat(accounts.find(user).orElseThrow().enabled()).isFalse();
        _click(_get(Button.class, s -> s.withId("user-enable")));
        assertThat(accounts.find(user).orElseThrow().enabled()).isTrue();

        _setValue(who, summary(user));
        @SuppressWarnings("unchecked")
        Select<Grant> grant = _get(Select.class, s -> s.withId("revoke-grant"));
        _setValue(grant, summary(user).grants().get(0));
        _click(_get(Button.class, s -> s.withId("revoke")));
        assertThat(accounts.find(user).orElseThrow().grants()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from security_audit where actor = 'admin' and action = 'ROLE_REVOKE' "
                + "and target like ?", Long.class, "%" + user + "%")).isEqualTo(1);

        // the system administrator has no unlock or password reset, and the service refuses them
        _assertNone(Button.class, s -> s.withId("password-reset"));
        _assertNone(Button.class, s -> s.withId("unlock"));
        assertThatThrownBy(() -> accounts.resetWithOneTimePassword(accounts.actor("admin").orElseThrow(), user))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void the_security_administrator_unlocks_and_resets_a_password_to_a_one_time_password() {
        String user = person("locked");
        for (int i = 0; i < 30 && !throttle.isLocked(user); i++) {
            throttle.failed(user, null);
        }
        assertThat(throttle.isLocked(user)).isTrue();
        as("security", "admin");
        // only the security part: no people, units or roles to manage
        _assertNone(Grid.class, s -> s.withId("users"));
        _assertNone(Button.class, s -> s.withId("user-disable"));
        _assertNone(Button.class, s -> s.withId("grant"));
        _setValue(_get(TextField.class, s -> s.withId("security-user")), user);
        _click(_get(Button.class, s -> s.withId("unlock")));
        assertThat(throttle.isLocked(user)).isFalse();

        String before = accounts.find(user).orElseThrow().passwordHash();
        _click(_get(Button.class, s -> s.withId("password-reset")));
        String password = shownPassword();
        UserAccount after = accounts.find(user).orElseThrow();
        assertThat(after.passwordHash()).isNotEqualTo(before);
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(UserAccountService.PASSWORDS.matches(password, after.passwordHash())).isTrue();

        // an unknown name is refused on the screen; the service refuses the system administrator's part
        _setValue(_get(TextField.class, s -> s.withId("security-user")), "nobody." + t);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("password-reset")));
        assertThat(notices()).contains("nobody." + t);
        assertThatThrownBy(() -> accounts.updateAs(accounts.actor("security").orElseThrow(), user, null, null, false))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThat(accounts.find(user).orElseThrow().enabled()).isTrue();
    }
}
