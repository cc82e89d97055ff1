package cn.nianbao.reports.publish;

import java.time.Instant;

/**
 * One public file of a published version as the portal sends it: the report page ({@code PAGE}) or a download
 * (a {@link DownloadKind} name). {@code fileName} is null for the page.
 */
public record PublicFile(Long publicationId, String kind, byte[] bytes, String mediaType, String fileName,
                         String sha256, Instant lastModified) {

    public static final String PAGE = "PAGE";

    /** A strong validator taken from the stored hash: the same bytes give the same ETag on every node. */
    public String etag() {
        return "\"" + sha256.substring(0, 24) + "\"";
    }

    public boolean isPage() {
        return PAGE.equals(kind);
    }
}
