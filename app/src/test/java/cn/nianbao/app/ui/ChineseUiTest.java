package cn.nianbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No English words in the zh-CN UI: every view of every role, its text and its field labels. */
class ChineseUiTest extends KaribuTest {

    // file formats, format ids, account names and unit codes are data, not English prose
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");
    // the HTTP header an access token is sent in is named as the protocol names it
    private static final List<String> ALLOWED = List.of("JSON", "PDF", "XLSX", "DOCX", "CSV", "GOV", "Authorization",
            "Bearer");

    @ParameterizedTest
    @CsvSource({
            "lanhe.clerk, inbox", "lanhe.clerk, reports", "lanhe.secrecy, inbox", "lanhe.leader, reports",
            "county, inbox", "county, county", "county, county/totals", "county, admin", "admin, admin", "city, area", "county, area",
            "lanhe.clerk, account"})
    void views_show_no_english(String user, String route) {
        as(user, route);
        List<String> english = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        walk(UI.getCurrent(), english, user, seen);
        // the walk does see the UI's text: the frame's title and the navigation are there
        assertThat(seen.toString()).contains("年报通", "我的待办");
        assertThat(english).as("English on %s for %s", route, user).isEmpty();
    }

    private static void walk(com.vaadin.flow.component.Component c, List<String> out, String user, StringBuilder seen) {
        collect(c.getElement(), out, user, seen);
        c.getChildren().forEach(child -> walk(child, out, user, seen));
    }

    private static void collect(Element e, List<String> out, String user, StringBuilder seen) {
        List<String> texts = new ArrayList<>();
        if (e.isTextNode()) {
            texts.add(e.getText());
        }
        for (String p : List.of("label", "placeholder", "helperText", "errorMessage", "title")) {
            if (e.getProperty(p) != null) {
                texts.add(e.getProperty(p));
            }
        }
        texts.forEach(seen::append);
        for (String t : texts) {
            // words glued to digits are identifiers in the data (codes, test units' tags), not interface text
            String cleaned = t.replace(user, "").replaceAll("[A-Za-z_]*[0-9][A-Za-z0-9_]*", "").replaceAll("[a-z0-9.]+\\.(clerk|secrecy|leader)", "").replaceAll("lanxi[-a-z]*", "");
            Matcher m = WORD.matcher(cleaned);
            while (m.find()) {
                if (!ALLOWED.contains(m.group())) {
                    out.add(m.group() + " in \"" + t + "\"");
                }
            }
        }
        e.getChildren().forEach(c -> collect(c, out, user, seen));
    }
}
