package cn.nianbao.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.report.ReportView;
import cn.nianbao.app.ui.editor.EditorTools;

/**
 * The print preview is the report as the PDF lays it out, on an A4 sheet; 打印 prints that sheet alone, over A4
 * pages: the page is marked while the preview is open, and the theme's print rules break pages between rows.
 */
class PrintPreviewTest extends KaribuTest {

    /** The scripts queued for the browser's next response (an element's scripts join the queue just before it). */
    private static List<String> pendingScripts() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation).map(i -> i.getExpression()).toList();
    }

    /**
     * A click handled on the server without the simulated round trip of Karibu's _click, so the scripts the click
     * queues for the browser can still be read.
     */
    private static void press(Button b) {
        ComponentUtil.fireEvent(b, new ClickEvent<>(b));
    }

    @Test
    void the_preview_is_an_a4_sheet_that_prints_alone_on_as_many_pages_as_it_takes() throws IOException {
        ReportView r = new Drafts(ctx).filled("lanhe.clerk", "lanxi-lanhe", 2024);
        as("lanhe.clerk", "reports/" + r.id() + "/edit");
        EditorTools.click("preview");
        // read before any lookup: Karibu's lookups simulate the round trip that hands the queued scripts to the browser
        List<String> opened = pendingScripts();
        assertThat(opened).anySatisfy(js -> assertThat(js).contains("classList.toggle('printing-preview'"));
        Dialog preview = _get(Dialog.class, s -> s.withId("preview-dialog"));
        assertThat(preview.isOpened()).isTrue();
        Div sheet = _get(Div.class, s -> s.withId("print-preview"));
        assertThat(sheet.getClassNames()).contains("print-preview");
        String html = sheet.getElement().getOuterHTML();
        assertThat(html).contains("<article class=\"official-report\">", "三、收到和处理政府信息公开申请情况", "class=\"official-table\"");

        Button print = _get(Button.class, s -> s.withId("print"));
        Button close = _get(Button.class, s -> s.withId("preview-close"));
        press(print);
        assertThat(pendingScripts()).anySatisfy(js -> assertThat(js).contains("window.print()"));
        press(close);
        assertThat(pendingScripts()).anySatisfy(js -> assertThat(js).contains("classList.toggle('printing-preview'"));
        assertThat(preview.isOpened()).isFalse();

        // the theme's print rules: A4 pages with the PDF's margins, rows never cut, the sheet alone while marked
        String css = Files.readString(Path.of("src/main/frontend/themes/nianbao/styles.css"));
        assertThat(css).contains("size: A4;", "margin: 20mm 18mm 20mm 18mm;",
                ".print-preview .official-table tr { break-inside: avoid;",
                "html.printing-preview body > :not(vaadin-dialog-overlay) { display: none !important; }",
                ".print-preview .table-wrap { max-height: none; overflow: visible;",
                // printed while the dialog fades in, the sheet printed invisible: paper has no animation
                "html.printing-preview vaadin-dialog-overlay::part(overlay),",
                "{ animation: none !important; opacity: 1 !important; transform: none !important; }");
    }
}
