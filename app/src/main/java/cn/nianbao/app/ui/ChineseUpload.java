package cn.nianbao.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component speaks the user's language too: its status and error texts come from the bundle. */
public final class ChineseUpload {

    private ChineseUpload() {
    }

    /** The texts of a report's JSON import. */
    public static void apply(Upload upload) {
        apply(upload, "editor.import", "upload.drop", "upload.tooBig", "upload.type");
    }

    /** The texts with what this upload takes: the button, the drop hint, too big, the wrong type (translation keys). */
    public static void apply(Upload upload, String addKey, String dropKey, String tooBigKey, String typeKey) {
        // the language the texts come in, as getTranslation takes it (the UI's); without a UI, texts of its own
        Optional<Locale> locale = upload.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale);
        upload.setI18n(locale.map(l -> SHARED.computeIfAbsent(List.of(l, addKey, dropKey, tooBigKey, typeKey),
                w -> texts(upload, addKey, dropKey, tooBigKey, typeKey)))
                .orElseGet(() -> texts(upload, addKey, dropKey, tooBigKey, typeKey)));
    }

    /**
     * The texts of one language and one kind of upload, made once for the application: they are the same for
     * everybody, and each Upload keeps its own otherwise (some 30 objects in every open editor). Never changed
     * after they are made.
     */
    private static final Map<List<Object>, UploadI18N> SHARED = new ConcurrentHashMap<>();

    private static UploadI18N texts(Upload upload, String addKey, String dropKey, String tooBigKey, String typeKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, dropKey)).setMany(t(upload, dropKey)));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, addKey)).setMany(t(upload, addKey)));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.tooMany"))
                .setFileIsTooBig(t(upload, tooBigKey)).setIncorrectFileType(t(upload, typeKey)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.connecting"))
                        .setStalled(t(upload, "upload.stalled")).setProcessing(t(upload, "upload.processing"))
                        .setHeld(t(upload, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "upload.remaining"))
                        .setUnknown(t(upload, "upload.unknownTime")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "upload.failed"))
                        .setUnexpectedServerError(t(upload, "upload.failed")).setForbidden(t(upload, "upload.failed"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start"))
                .setRemove(t(upload, "upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
