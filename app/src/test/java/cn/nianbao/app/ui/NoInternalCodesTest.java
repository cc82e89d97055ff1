package cn.nianbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.user.Actor;

/**
 * Where a person reads, no internal code: no format ids, rule ids, status names or ISO instants, on every page of
 * every demo role (the frame, each list, each report it may see, the editor of each report it may edit).
 */
class NoInternalCodesTest extends KaribuTest {

    private static final Pattern CODE = Pattern.compile(
            "GOV_20|[A-Z]+-[A-Z]+@|\\b(DRAFT|IN_SECRECY_REVIEW|IN_LEADER_SIGNOFF|IN_COUNTY_REVIEW|RETURNED|APPROVED|PUBLISHED|IN_CORRECTION)\\b"
                    + "|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
    private static final List<String> USERS = List.of("lanhe.clerk", "lanhe.secrecy", "lanhe.leader", "yulin.clerk",
            "beian.clerk", "beian.secrecy", "county", "city", "admin");

    @Autowired ReportReading reading;

    @Test
    void no_page_of_any_demo_role_shows_an_internal_code() {
        // at least one report in review, so that review panels and histories are walked too
        Drafts drafts = new Drafts(ctx);
        var r = drafts.filled("lanhe.clerk", "lanxi-lanhe", 2023);
        drafts.submit("lanhe.clerk", r.id());

        List<String> found = new ArrayList<>();
        int pages = 0;
        for (String user : USERS) {
            Actor actor = drafts.actor(user);
            Set<String> routes = new LinkedHashSet<>(List.of("", "inbox", "reports"));
            if (actor.isAdmin() || actor.has(cn.nianbao.domain.user.Role.COUNTY_OFFICE)) {
                routes.addAll(List.of("county", "county/totals", "admin"));
            }
            if (actor.isAdmin() || actor.has(cn.nianbao.domain.user.Role.COUNTY_OFFICE) || actor.has(cn.nianbao.domain.user.Role.CITY_OFFICE)) {
                routes.add("area");
            }
            for (ReportSummary s : reading.list(actor, null, null, null, 0, 20)) {
                routes.add("reports/" + s.id());
                if (s.status().editable() && actor.has(cn.nianbao.domain.user.Role.CLERK, s.unitId())) {
                    routes.add("reports/" + s.id() + "/edit");
                }
            }
            for (String route : routes) {
                as(user, route);
                pages++;
                StringBuilder text = new StringBuilder();
                walk(UI.getCurrent(), text);
                sentHtml(text);
                Matcher m = CODE.matcher(text);
                while (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    found.add(user + " /" + route + ": " + m.group() + " in …" + text.substring(from, Math.min(text.length(), m.end() + 30)) + "…");
                }
            }
        }
        assertThat(pages).isGreaterThan(20);
        assertThat(found).isEmpty();
    }

    /** Everything a person can read: text, labels, placeholders, tooltips, HTML fragments and every grid row. */
    private static void walk(Component c, StringBuilder out) {
        collect(c.getElement(), out);
        if (c instanceof Grid<?> g) {
            for (int i = 0; i < Math.min(GridKt._size(g), 60); i++) {
                out.append(String.join(" ", GridKt._getFormattedRow(g, i))).append('\n');
            }
        }
        c.getChildren().forEach(child -> walk(child, out));
    }

    /**
     * What the page was sent as HTML rather than as elements (the editor's toolbar, the reasons of a return, the
     * form it fetches with its tables): the text and the attributes a person reads (labels, tooltips, accessible
     * names).
     */
    private static void sentHtml(StringBuilder out) {
        for (var js : SentScripts.take()) {
            cn.nianbao.app.ui.editor.EditorTexts.served(js).ifPresent(html -> readable(html, out));
            for (Object p : js.getInvocation().getParameters()) {
                if (p instanceof String html && html.contains("<")) {
                    readable(html, out);
                } else if (p instanceof elemental.json.JsonObject o) {
                    for (String k : o.keys()) {
                        if (o.get(k) instanceof elemental.json.JsonString v && v.asString().contains("<")) {
                            readable(v.asString(), out);
                        }
                    }
                }
            }
        }
    }

    private static void readable(String html, StringBuilder out) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        out.append(doc.text()).append('\n');
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            for (String a : List.of("label", "title", "aria-label", "placeholder")) {
                if (e.hasAttr(a)) {
                    out.append(e.attr(a)).append('\n');
                }
            }
        }
    }

    private static void collect(Element e, StringBuilder out) {
        if (e.isTextNode()) {
            out.append(e.getText()).append('\n');
        }
        for (String p : List.of("label", "placeholder", "helperText", "errorMessage", "title", "innerHTML", "text")) {
            if (e.getProperty(p) != null) {
                out.append(e.getProperty(p)).append('\n');
            }
        }
        e.getChildren().forEach(child -> collect(child, out));
    }
}
