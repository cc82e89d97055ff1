package cn.nianbao.app.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The findings panel's entries as a test clicks them: the browser's {@code click} on a finding's text, with its
 * index, as it reaches the panel's one listener for its list.
 */
public final class EditorFindings {

    private EditorFindings() {
    }

    /** Clicks the text of the finding at this place in the list (0: the first). */
    public static void click(int index) {
        FindingsPanel panel = _get(FindingsPanel.class);
        if (index < 0 || index >= panel.messages().size()) {
            throw new AssertionError("no finding " + index + " in the panel");
        }
        JsonObject data = Json.createObject();
        data.put(FindingsPanel.INDEX, index);
        data.put(FindingsPanel.ON_TEXT, true);
        com.vaadin.flow.dom.Element at = panel.listElement();
        at.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(at, "click", data));
    }
}
