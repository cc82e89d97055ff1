package cn.nianbao.app.ui.editor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import cn.nianbao.domain.artefact.PublicArtefactStore;
import cn.nianbao.domain.format.ReportFormat;

/**
 * The editor's form as HTML, once for the application per format and language: headings, text areas and tables
 * with their labels and hints, and no figure or text of any report (each editor sends those, EditorForm). The
 * browser fetches it from {@link EditorFormController} instead of finding it in the editor's first answer: sent in
 * that answer, its some 120,000 characters went through the JSON writer, which keeps a buffer the size of the
 * largest answer it wrote on each of the server's threads (about 130 KB each).
 */
final class EditorForms {

    /** Where the browser fetches a form: the path, then its name ({@link #name}). */
    static final String PATH = "editor-form/";

    private record Key(String formatId, Locale locale) {
    }

    private record Entry(ReportFormat format, Form form) {
    }

    /** A form's HTML as served, and its name (format, language, a digest of the content: a new form, a new name). */
    record Form(String name, byte[] html) {
    }

    /** By format and language; a format loaded again (another instance) is laid out anew and replaces the old. */
    private static final Map<Key, Entry> BY_FORMAT = new ConcurrentHashMap<>();
    private static final Map<String, Form> BY_NAME = new ConcurrentHashMap<>();

    private EditorForms() {
    }

    /** The form of the format in this language, written by {@code html} the first time it is asked for. */
    static Form of(ReportFormat format, Locale locale, Supplier<String> html) {
        return BY_FORMAT.compute(new Key(format.id(), locale), (k, known) -> {
            if (known != null && known.format() == format) {
                return known;
            }
            byte[] bytes = html.get().getBytes(StandardCharsets.UTF_8);
            Form form = new Form(name(format, locale, bytes), bytes);
            BY_NAME.put(form.name(), form);
            if (known != null && !known.form().name().equals(form.name())) {
                BY_NAME.remove(known.form().name());
            }
            return new Entry(format, form);
        }).form();
    }

    /** A form by its name, as the browser asks for it. */
    static Optional<Form> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static String name(ReportFormat format, Locale locale, byte[] html) {
        return format.id().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + locale.toLanguageTag() + "-"
                + PublicArtefactStore.sha256(html).substring(0, 16) + ".html";
    }
}
