package cn.nianbao.app.ui;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.StateTree;

import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * What the server sent the browser as JavaScript calls, for tests that read what only travels that way (the
 * editor's form and toolbar are HTML the server holds no element for). Karibu takes the pending calls at each
 * lookup ({@code _get}, {@code _find}); they are kept here until a test takes them.
 */
public final class SentScripts {

    private static final List<PendingJavaScriptInvocation> SENT = new ArrayList<>();
    private static final Function1<PendingJavaScriptInvocation, Unit> RECORD = js -> {
        SENT.add(js);
        return Unit.INSTANCE;
    };

    private SentScripts() {
    }

    /** Keeps what Karibu takes from now on; what was kept before (another UI's) is let go. */
    static void install() {
        SENT.clear();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers());
        if (!handlers.contains(RECORD)) {
            handlers.add(RECORD);
            TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
        }
    }

    /** The current UI's calls since the last take, oldest first; taken (a second take without news finds none). */
    public static List<PendingJavaScriptInvocation> take() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> out = new ArrayList<>();
        for (PendingJavaScriptInvocation js : SENT) {
            if (js.getOwner().getOwner() instanceof StateTree tree && tree.getUI() == ui) {
                out.add(js);
            }
        }
        SENT.clear();
        out.addAll(ui.getInternals().dumpPendingJavaScriptInvocations());
        return out;
    }
}
