package cn.nianbao.domain.artefact;

import java.time.Instant;

/** One stored public file of a published version; {@code kind} is the portal's name for it (PAGE, PDF, …). */
public record StoredArtefact(Long publicationId, String kind, String mediaType, String fileName, String sha256,
                             byte[] bytes, Instant createdAt) {
}
