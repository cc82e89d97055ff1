package cn.nianbao.app.ui.editor;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;

import elemental.json.JsonObject;

import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.reports.render.Html;

/**
 * The editor's form: each section's heading, the reasons of a return for it, its text and its tables, held on the
 * server as this one element (the browser's vertical layout, as the form was laid out before). As components, the
 * six texts (each with its value, label, counter, synchronised property and listeners), the headings, the reasons
 * and the layout held some 30 KB in every open editor; the texts' prose is the working copy's and is kept there
 * alone.
 * <p>
 * The form's HTML is the same for every report of the format (EditorForms): the browser fetches it, and this
 * editor's reasons of a return come with the call that fetches it; once it is in, the form asks the view for the
 * report's figures and texts (ReportEditorView.formReady). The view's other calls wait for it in the browser (the
 * element's {@code __ready}). A text reaches the view's listeners (ReportEditorView) with its text area's id
 * and value: after a pause in the typing, and when it is left.
 */
@Tag("vaadin-vertical-layout")
@Uses(VerticalLayout.class)
@Uses(TextArea.class)
final class EditorForm extends Component {

    /** The class of the sections' text areas (the view's listeners hear only these). */
    static final String TEXT_CLASS = "section-text";
    private static final String TEXT_ID = "text-";
    /**
     * A script on the view that works on the form once the browser has it: {@code ready(() => ...)}. The form's
     * promise is made by whichever script comes first (the view's calls may run before the form's own), and the
     * form's script keeps it when the HTML is in.
     */
    static final String WHEN_READY = """
            const form = this.querySelector('.editor-form');
            const ready = fn => {
              if (!form) { return fn(); }
              if (!form.__ready) { form.__ready = new Promise(r => { form.__open = r; }); }
              return form.__ready.then(fn);
            };
            """;

    /**
     * @param url     where the browser fetches the form's HTML (EditorFormController)
     * @param reasons the reasons of a return as HTML, by the id of the text area they stand above
     * @param failed  what the form says when its HTML cannot be fetched
     * @param view    the editor, told when the form is in ({@code formReady}: its figures and texts follow)
     */
    EditorForm(String url, JsonObject reasons, String failed, Element view) {
        getElement().setAttribute("theme", "spacing");
        getElement().setAttribute("class", "editor-form");
        getElement().executeJs("""
                const form = this;
                if (!form.__ready) { form.__ready = new Promise(r => { form.__open = r; }); }
                // a redirect is the sign-in page of an ended session, not the form
                fetch($0, { credentials: 'same-origin', redirect: 'error' })
                  .then(r => { if (!r.ok) { throw new Error(String(r.status)); } return r.text(); })
                  .then(html => {
                    form.innerHTML = html;
                    for (const [id, h] of Object.entries($1)) {
                      const t = document.getElementById(id);
                      if (t) { t.insertAdjacentHTML('beforebegin', h); }
                    }
                    form.__open();
                    return true;
                  }, () => { form.textContent = $2; form.__open(); return false; })
                  .then(ok => { if (ok) { $3.$server.formReady(); } });
                """, url, reasons, failed, view);
    }

    /**
     * What sets the texts (values where given, counters) from the JavaScript call's argument {@code $n}: an object
     * by text area id of {value, counter} (value left out: the text stays as it is in the browser).
     */
    static String textsJs(int n) {
        return """
                for (const [id, t] of Object.entries($%d)) {
                  const a = document.getElementById(id);
                  if (!a) { continue; }
                  if (t.value !== undefined && a.value !== t.value) { a.value = t.value; }
                  a.helperText = t.counter;
                }
                """.formatted(n);
    }

    /** The id of a section's text area. */
    static String textId(String section) {
        return TEXT_ID + section;
    }

    /** The section of a text area's id, or null for any other id. */
    static String sectionOf(String id) {
        return id != null && id.startsWith(TEXT_ID) ? id.substring(TEXT_ID.length()) : null;
    }

    /** The reasons of a return that are about a section, as they stand above its text. */
    static String reasons(String key, List<String> reasons) {
        StringBuilder html = new StringBuilder(256);
        html.append("<div id=\"return-").append(Html.escape(key)).append("\" class=\"return-note\">");
        reasons.forEach(r -> html.append("<p>").append(Html.escape(r)).append("</p>"));
        return html.append("</div>").toString();
    }

    /**
     * Appends a section's heading and its text area; its tables follow ({@link OfficialTable#append}).
     *
     * @param label the text area's label (null: none, the section is all text)
     * @param prose a section that is all text (a taller field)
     */
    static void section(StringBuilder html, String key, String title, String label, boolean prose, TextLimit limit) {
        html.append("<h3>").append(Html.escape(title)).append("</h3>");
        html.append("<vaadin-text-area id=\"").append(Html.escape(textId(key))).append("\" class=\"").append(TEXT_CLASS)
                .append("\" maxlength=\"").append(limit.max()).append('"');
        if (label != null) {
            html.append(" label=\"").append(Html.escape(label)).append('"');
        }
        html.append(" style=\"width: 100%; min-height: ").append(prose ? "12em" : "4em").append("\"></vaadin-text-area>");
    }
}
