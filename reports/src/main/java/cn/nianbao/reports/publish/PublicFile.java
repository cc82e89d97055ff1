package cn.nianbao.reports.publish;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One public file of a published version as the portal sends it: the report page ({@code PAGE}) or a download
 * (a {@link DownloadKind} name). {@code fileName} is null for the page. Its validators (ETag and the HTTP date of
 * Last-Modified) are written once here, not on every one of the thousands of reads a cached file answers.
 */
public record PublicFile(Long publicationId, String kind, byte[] bytes, String mediaType, String fileName,
                         String sha256, Instant lastModified, String etag, String httpDate) {

    public static final String PAGE = "PAGE";

    public PublicFile(Long publicationId, String kind, byte[] bytes, String mediaType, String fileName, String sha256,
                      Instant lastModified) {
        // a strong validator taken from the stored hash: the same bytes give the same ETag on every node
        this(publicationId, kind, bytes, mediaType, fileName, sha256, lastModified, "\"" + sha256.substring(0, 24) + "\"",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
    }

    public boolean isPage() {
        return PAGE.equals(kind);
    }
}
