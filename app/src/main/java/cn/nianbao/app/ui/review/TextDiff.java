package cn.nianbao.app.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * What changed in a text, word by word: deletions struck through, insertions underlined. Chinese has no spaces, so
 * a "word" is one Chinese character, a run of digits or Latin letters, or one punctuation mark.
 */
final class TextDiff extends Div {

    private static final Pattern TOKEN = Pattern.compile("[0-9０-９.．%]+|[A-Za-z]+|\\s+|.", Pattern.DOTALL);

    TextDiff(String before, String after) {
        addClassName("text-diff");
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int at = d.getSource().getPosition();
            plain(a.subList(pos, at));
            marked("del", d.getSource().getLines());
            marked("ins", d.getTarget().getLines());
            pos = at + d.getSource().size();
        }
        plain(a.subList(pos, a.size()));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private void plain(List<String> words) {
        if (!words.isEmpty()) {
            add(new Span(String.join("", words)));
        }
    }

    private void marked(String tag, List<String> words) {
        if (!words.isEmpty()) {
            Element e = new Element(tag);
            e.setText(String.join("", words));
            getElement().appendChild(e);
        }
    }
}
