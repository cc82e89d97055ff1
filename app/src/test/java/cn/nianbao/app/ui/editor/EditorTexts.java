package cn.nianbao.app.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The editor's section texts as a test types them. They are text areas in the form's HTML (EditorForm) that the
 * server holds no component for, so typing is the browser's {@code input} event (after a pause in the typing) with
 * the text area's id and its text, as it reaches the editor's listener; what the browser is told back (the counter
 * under a text, a text taken in) is read from the calls the view sends.
 */
public final class EditorTexts {

    private EditorTexts() {
    }

    /** Types the section's whole text, as the browser reports it after a pause in the typing. */
    public static void type(String section, String text) {
        fire("input", section, text, ReportEditorView.TEXT_FILTER);
    }

    /** The phase the browser names in an event it sent at the end of the listener's pause (Flow's DomEvent). */
    private static final String PHASE = "for";

    /** Leaves the section's text holding this text, as the browser reports it (the change event). */
    public static void leave(String section, String text) {
        fire("change", section, text, ReportEditorView.CHANGE_FILTER);
    }

    private static void fire(String type, String section, String text, String filter) {
        view().text(section);
        JsonObject data = Json.createObject();
        data.put(ReportEditorView.FIELD_ID, EditorForm.textId(section));
        data.put(ReportEditorView.FIELD_VALUE, text);
        data.put(filter, true);
        if (type.equals("input")) {
            data.put(PHASE, "trailing");
        }
        EditorCells.fire(type, data);
    }

    /** The section's text as the editor holds it (what its text area was last told, or told the server). */
    public static String value(String section) {
        return view().text(section);
    }

    /**
     * The counter under the section's text as the browser was last told it, in the calls sent since the test last
     * looked (they are taken: a second look without typing finds none).
     */
    public static String counter(String section) {
        String counter = null;
        for (PendingJavaScriptInvocation js : sent()) {
            for (Object p : js.getInvocation().getParameters()) {
                if (p instanceof JsonObject o && o.hasKey(EditorForm.textId(section))
                        && o.get(EditorForm.textId(section)) instanceof JsonObject t && t.hasKey("counter")) {
                    counter = t.getString("counter");
                }
            }
        }
        if (counter == null) {
            throw new AssertionError("the browser was told no counter for " + section);
        }
        return counter;
    }

    /**
     * The form as the browser puts it together: the format's HTML it fetches (as EditorFormController serves it),
     * with this report's reasons of a return above their texts, from the calls sent since the test last looked.
     */
    public static String formHtml() {
        List<PendingJavaScriptInvocation> sent = sent();
        PendingJavaScriptInvocation form = sent.stream()
                .filter(js -> js.getInvocation().getExpression().contains("fetch($0")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no form sent to the browser, only: " + sent.stream()
                        .map(js -> js.getInvocation().getExpression().strip().lines().findFirst().orElse("")).toList()));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(served(form)
                .orElseThrow(() -> new AssertionError("nothing served at " + form.getInvocation().getParameters().get(0))));
        JsonObject reasons = (JsonObject) form.getInvocation().getParameters().get(1);
        for (String id : reasons.keys()) {
            doc.getElementById(id).before(reasons.getString(id));
        }
        return doc.body().html();
    }

    /** The HTML the browser fetches for this call, if it is the form's (as EditorFormController serves it). */
    public static java.util.Optional<String> served(PendingJavaScriptInvocation js) {
        if (!js.getInvocation().getExpression().contains("fetch($0")
                || !(js.getInvocation().getParameters().get(0) instanceof String url) || !url.startsWith(EditorForms.PATH)) {
            return java.util.Optional.empty();
        }
        return EditorForms.named(url.substring(EditorForms.PATH.length()))
                .map(f -> new String(f.html(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The calls the view sent to the browser since the test last looked (they are taken). */
    static List<PendingJavaScriptInvocation> sent() {
        return cn.nianbao.app.ui.SentScripts.take();
    }

    private static ReportEditorView view() {
        return _get(ReportEditorView.class);
    }
}
