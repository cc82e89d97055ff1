package cn.nianbao.reports.publish;

import java.util.Optional;

/** The downloads of a published report, by file extension. */
public enum DownloadKind {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", "application/json;charset=UTF-8"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    DownloadKind(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    private static final DownloadKind[] ALL = values();

    /** Looked up on every public download, hence a plain loop over one copy of the constants. */
    public static Optional<DownloadKind> byExtension(String ext) {
        for (DownloadKind k : ALL) {
            if (k.extension.equalsIgnoreCase(ext)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
