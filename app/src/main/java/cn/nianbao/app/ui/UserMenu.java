package cn.nianbao.app.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.dom.DomListenerRegistration;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

/**
 * The user menu of the frame: the person's name, and under it what the person can do. The browser's own menu bar
 * (the same web component as MenuBar) is given its items as data, and one listener hears which was chosen: a
 * server-side MenuBar holds a component, an element and listeners for each item, about 35 KB per session for
 * these four.
 */
@Tag("vaadin-menu-bar")
@Uses(MenuBar.class)
public class UserMenu extends Component {

    /** Which item was chosen: its {@code action}. */
    static final String CHOSEN = "event.detail.value.action";
    /** A boolean: the browser sends the event only when its filter is true (the action's name alone is not). */
    static final String FILTER = "!!(event.detail.value && event.detail.value.action)";

    private final String title;
    /** The items under the name: action → text, in order. */
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Runnable> actions = new LinkedHashMap<>();

    public UserMenu(String title) {
        this.title = title;
        getElement().setAttribute("theme", "tertiary");
        // the items live in the browser; sent again whenever the menu is attached (a new page, a resynchronisation)
        addAttachListener(e -> getElement().executeJs("this.items = $0", items()));
        DomListenerRegistration chosen = getElement().addEventListener("item-selected", e -> {
            Runnable action = actions.get(e.getEventData().getString(CHOSEN));
            if (action != null) {
                action.run();
            }
        });
        chosen.addEventData(CHOSEN);
        chosen.setFilter(FILTER);
    }

    /** An item under the name; {@code action} names it in the browser's event. */
    public UserMenu add(String action, String text, Runnable run) {
        texts.put(action, text);
        actions.put(action, run);
        return this;
    }

    private JsonArray items() {
        JsonArray children = Json.createArray();
        texts.forEach((action, text) -> {
            JsonObject item = Json.createObject();
            item.put("text", text);
            item.put("action", action);
            children.set(children.length(), item);
        });
        JsonObject root = Json.createObject();
        root.put("text", title);
        root.put("children", children);
        JsonArray items = Json.createArray();
        items.set(0, root);
        return items;
    }

    /** The texts of the items under the name, in order (for tests). */
    public java.util.List<String> itemTexts() {
        return java.util.List.copyOf(texts.values());
    }

    /** Chooses an item as the browser reports it (for tests). */
    void choose(String action) {
        actions.get(action).run();
    }
}
