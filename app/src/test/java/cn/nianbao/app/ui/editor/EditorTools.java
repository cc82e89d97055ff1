package cn.nianbao.app.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;

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

    /**
     * Follows one of the toolbar's download links (export, template) as the browser would: its address in the HTML
     * the toolbar was sent, the file from the session's resources at that address.
     */
    public static byte[] download(String linkId) {
        String href = EditorTexts.sent().stream().flatMap(js -> js.getInvocation().getParameters().stream())
                .filter(p -> p instanceof String html && html.contains("id=\"" + linkId + "\""))
                .map(p -> org.jsoup.Jsoup.parseBodyFragment((String) p).getElementById(linkId).attr("href"))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no link " + linkId + " in the toolbar"));
        VaadinSession session = VaadinSession.getCurrent();
        StreamResource file = session.getResourceRegistry().getResource(StreamResource.class, URI.create(href))
                .orElseThrow(() -> new AssertionError("nothing at " + href));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            file.getWriter().accept(out, session);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
