package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.AccountSummary;
import cn.nianbao.domain.user.Grant;
import cn.nianbao.domain.user.Role;
import cn.nianbao.domain.user.UserAccountService;
import cn.nianbao.domain.user.UserDirectory;

/**
 * The administrator's list of people pages through the database instead of loading everyone, and a role granted on
 * the screen must fit the unit, as through the API.
 */
class AdminUsersViewTest extends KaribuTest {

    @Autowired UserAccountService users;
    @Autowired UserDirectory directory;

    final String t = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void the_people_grid_and_the_person_picker_read_the_directory_a_page_at_a_time() {
        users.create("pick." + t, "Initial-pass-1", "挑选测试", null);
        as("admin", "admin");
        Grid<?> grid = _get(Grid.class, s -> s.withId("users"));
        var admin = users.actor("admin").orElseThrow();
        assertThat((long) GridKt._size(grid)).isEqualTo(directory.count(admin, null));
        List<String> firstRows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(20, GridKt._size(grid)); i++) {
            firstRows.add(String.join(" ", GridKt._getFormattedRow(grid, i)));
        }
        assertThat(firstRows).anySatisfy(r -> assertThat(r).startsWith("admin 系统管理员 系统管理员"));

        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> who = _get(ComboBox.class, s -> s.withId("grant-user"));
        List<AccountSummary> found = who.getLazyDataView().getItems().toList();
        assertThat(found).extracting(AccountSummary::username).contains("pick." + t);
    }

    @Test
    void a_role_granted_on_the_screen_must_fit_the_unit() {
        users.create("grant." + t, "Initial-pass-1", "授权测试", null);
        AccountSummary person = directory.search(users.actor("admin").orElseThrow(), "grant." + t, 0, 1).get(0);
        as("admin", "admin");
        @SuppressWarnings("unchecked")
        ComboBox<AccountSummary> who = _get(ComboBox.class, s -> s.withId("grant-user"));
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, s -> s.withId("grant-role"));
        @SuppressWarnings("unchecked")
        ComboBox<UnitView> unit = _get(ComboBox.class, s -> s.withId("grant-unit"));
        UnitView yulin = unit.getGenericDataView().getItems().filter(u -> u.code().equals("lanxi-yulin")).findFirst().orElseThrow();
        _setValue(who, person);
        _setValue(unit, yulin);

        _setValue(role, Role.CITY_OFFICE);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("grant")));
        NotificationsKt.expectNotifications("市政府办公室只能授予市级区域单位，「lanxi-yulin」是镇");
        assertThat(users.find("grant." + t).orElseThrow().grants()).isEmpty();

        _setValue(role, Role.CLERK);
        _click(_get(Button.class, s -> s.withId("grant")));
        assertThat(users.find("grant." + t).orElseThrow().grants()).extracting(Grant::role, Grant::unitCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.CLERK, "lanxi-yulin"));
    }
}
