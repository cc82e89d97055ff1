package cn.nianbao.domain.artefact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads the public files of published versions. A file is written once: if two nodes render the same
 * version at the same moment, the second keeps the first one's row (same content, same hash), so readers of every
 * node get identical bytes.
 */
@Service
public class PublicArtefactStore {

    private final PublicArtefactRepository rows;
    private final Clock clock;

    PublicArtefactStore(PublicArtefactRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Stores a file unless the publication already has one of that kind; answers the one that is stored. When two
     * nodes store the same version's file at once, the loser gets a {@code DataIntegrityViolationException} and
     * reads the winner's row with {@link #find}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public StoredArtefact store(Long publicationId, String kind, String mediaType, String fileName, byte[] bytes) {
        Optional<StoredArtefact> existing = find(publicationId, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        StoredArtefact a = new StoredArtefact(publicationId, kind, mediaType, fileName, sha256(bytes), bytes,
                clock.instant());
        rows.saveAndFlush(new PublicArtefactRow(a));
        return a;
    }

    @Transactional(readOnly = true)
    public Optional<StoredArtefact> find(Long publicationId, String kind) {
        return rows.findById(new PublicArtefactRow.Key(publicationId, kind)).map(PublicArtefactRow::view);
    }

    /** kind → SHA-256 of every stored file of the publication (what the public page lists). */
    @Transactional(readOnly = true)
    public Map<String, String> hashes(Long publicationId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object[] row : rows.hashes(publicationId)) {
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
