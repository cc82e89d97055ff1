package cn.nianbao.app.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The editor's number cells as a test sees them. They are native inputs the server holds no element for
 * (OfficialTable, in the form's HTML), so typing is the browser's {@code change} event on the editor, with the data
 * the browser sends (which cell, what it holds); what a cell shows is what the view tells the browser.
 */
public final class EditorCells {

    private EditorCells() {
    }

    /** Types into the cell and leaves it, as the browser reports it to the table's listener. */
    public static void type(String key, String text) {
        if (!view().cellKeys().contains(key)) {
            throw new AssertionError("no number cell " + key + " in the editor");
        }
        JsonObject data = Json.createObject();
        data.put(ReportEditorView.FIELD_ID, key);
        data.put(ReportEditorView.FIELD_VALUE, text);
        data.put(ReportEditorView.CHANGE_FILTER, true);
        fire("change", data);
    }

    /** Clicks one of the buttons above a table (fill-zero-s3, paste-s3), as the browser reports it to the table. */
    public static void click(String buttonId) {
        if (!view().tableButtonIds().contains(buttonId)) {
            throw new AssertionError("no button " + buttonId + " above a table of the editor");
        }
        JsonObject data = Json.createObject();
        data.put(ReportEditorView.CLICKED, buttonId);
        data.put(ReportEditorView.CLICK_FILTER, true);
        fire("click", data);
    }

    /** The browser's event as it reaches the editor's listener for its tables and toolbar. */
    static void fire(String type, JsonObject data) {
        com.vaadin.flow.dom.Element at = view().cellEvents();
        at.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(at, type, data));
    }

    /** What the cell shows. */
    public static String text(String key) {
        return view().cellText(key);
    }

    /** Why the cell's text was refused, or null. */
    public static String error(String key) {
        return view().cellError(key);
    }

    public static boolean invalid(String key) {
        return error(key) != null;
    }

    /** cell-flagged, cell-warned or null. */
    public static String mark(String key) {
        return view().cellMark(key);
    }

    public static boolean computed(String key) {
        return view().cellComputed(key);
    }

    /** Every number cell of the editor, in reading order. */
    public static List<String> keys() {
        return view().cellKeys();
    }

    private static ReportEditorView view() {
        return _get(ReportEditorView.class);
    }
}
