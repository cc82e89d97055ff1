package cn.nianbao.app.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The editor's toolbar buttons as a test presses them. They are HTML the server holds no component for
 * (EditorToolbar), so a press is the browser's {@code click} event with the button's id, as it reaches the
 * editor's click listener.
 */
public final class EditorTools {

    private EditorTools() {
    }

    /** Presses a toolbar button: save, submit, prefill, preview, import, toggle-findings. */
    public static void click(String buttonId) {
        if (_find(EditorToolbar.class).isEmpty()) {
            throw new AssertionError("no editor toolbar on the page");
        }
        if (!EditorToolbar.BUTTONS.contains(buttonId)) {
            throw new AssertionError("no button " + buttonId + " in the editor's toolbar");
        }
        JsonObject data = Json.createObject();
        data.put(ReportEditorView.CLICKED, buttonId);
        data.put(ReportEditorView.CLICK_FILTER, true);
        EditorCells.fire("click", data);
    }
}
