package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import org.junit.jupiter.api.Test;

import cn.nianbao.app.ui.account.AccountView;
import elemental.json.Json;
import elemental.json.JsonObject;

/** The user menu of the frame: the person's name, four items in Chinese, and what choosing one does. */
class UserMenuTest extends KaribuTest {

    @Test
    void the_menu_lists_the_four_items_and_choosing_one_acts_as_the_browser_reports_it() {
        as("lanhe.clerk", "");
        UserMenu menu = _get(UserMenu.class, s -> s.withId("user-menu"));
        assertThat(menu.getElement().getTag()).isEqualTo("vaadin-menu-bar");
        assertThat(menu.itemTexts()).containsExactly("英文界面", "我的账户", "修改密码", "退出登录");

        choose(menu, "password");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        _get(Dialog.class).close();

        choose(menu, "account");
        expectView(AccountView.class);
    }

    /** The browser's item-selected event, with the data the listener asks for. */
    private static void choose(UserMenu menu, String action) {
        JsonObject data = Json.createObject();
        data.put(UserMenu.CHOSEN, action);
        data.put(UserMenu.FILTER, true);
        menu.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(menu.getElement(), "item-selected", data));
    }
}
