package cn.nianbao.app.ui.editor;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.nianbao.reports.render.Html;

/**
 * The editor's toolbar. Its buttons (保存, 提交, 预填, 预览, 导入, the findings' toggle) are sent to the browser as
 * HTML and held on the server as no component: six server-side buttons with a click listener each held about
 * 20 KB per open editor. A click reaches the editor's one click listener with the button's id
 * (ReportEditorView.CLICKED), as the tables' buttons do. The two downloads are links in the same HTML to files
 * the session's resources make on request (registered by the view, {@link Download}): as Anchor components they
 * held about 4 KB per open editor. The upload is made when 导入 is chosen (ReportEditorView).
 * <p>
 * Buttons and links stand in one run of HTML, in the order the page had (and the keyboard's with it): save to
 * preview, the downloads, import and the toggle; then the autosave note, the one part the server changes. The run
 * takes no room of its own ({@code display: contents} in the theme).
 */
final class EditorToolbar extends Div {

    static final String SAVE = "save";
    static final String SUBMIT = "submit";
    static final String PREFILL = "prefill";
    static final String PREVIEW = "preview";
    static final String IMPORT = "import";
    static final String TOGGLE_FINDINGS = "toggle-findings";
    /** Every button's id, in the order they stand. */
    static final List<String> BUTTONS = List.of(SAVE, SUBMIT, PREFILL, PREVIEW, IMPORT, TOGGLE_FINDINGS);

    /** A button's label and its Lumo theme (empty: the default look). */
    record Label(String text, String theme) {
    }

    /** A download link: its id, where the file is (a session resource's URL), the file's name, the link's text. */
    record Download(String id, String href, String fileName, String text) {
    }

    private final Div tools = new Div();

    /**
     * @param labels the buttons' labels, one per {@link #BUTTONS} id, in that order
     */
    EditorToolbar(List<Label> labels, List<Download> downloads, Span autosaved) {
        addClassName("editor-toolbar");
        tools.addClassName("editor-tools");
        StringBuilder html = new StringBuilder(html(labels.subList(0, 4), BUTTONS.subList(0, 4)));
        // router-ignore: the browser fetches the file, the app's router does not take the click (as an Anchor to a
        // resource is marked)
        for (Download d : downloads) {
            html.append("<a id=\"").append(d.id()).append("\" href=\"").append(Html.escape(d.href())).append("\" download=\"")
                    .append(Html.escape(d.fileName())).append("\" router-ignore>").append(Html.escape(d.text())).append("</a>");
        }
        html.append(html(labels.subList(4, 6), BUTTONS.subList(4, 6)));
        tools.getElement().executeJs("this.innerHTML = $0", html.toString());
        add(tools, autosaved);
    }

    /** The findings' toggle says what a click does next (show or hide). */
    void toggleText(String text) {
        tools.getElement().executeJs("const b = this.querySelector('#" + TOGGLE_FINDINGS + "'); if (b) { b.textContent = $0; }", text);
    }

    private static String html(List<Label> labels, List<String> ids) {
        StringBuilder html = new StringBuilder(512);
        for (int i = 0; i < ids.size(); i++) {
            Label l = labels.get(i);
            html.append("<vaadin-button id=\"").append(ids.get(i)).append('"');
            if (!l.theme().isEmpty()) {
                html.append(" theme=\"").append(l.theme()).append('"');
            }
            html.append('>').append(Html.escape(l.text())).append("</vaadin-button>");
        }
        return html.toString();
    }
}
