package cn.nianbao.domain.artefact;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The row of {@code public_artefact}: written once, never updated. */
@Entity
@Table(name = "public_artefact")
@IdClass(PublicArtefactRow.Key.class)
class PublicArtefactRow {

    @Id
    @Column(name = "publication_id", nullable = false, updatable = false)
    private Long publicationId;

    @Id
    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublicArtefactRow() {
    }

    PublicArtefactRow(StoredArtefact a) {
        this.publicationId = a.publicationId();
        this.kind = a.kind();
        this.mediaType = a.mediaType();
        this.fileName = a.fileName();
        this.sha256 = a.sha256();
        this.bytes = a.bytes();
        this.createdAt = a.createdAt();
    }

    StoredArtefact view() {
        return new StoredArtefact(publicationId, kind, mediaType, fileName, sha256, bytes, createdAt);
    }

    /** The composite key (publication, kind). */
    static class Key implements Serializable {
        private Long publicationId;
        private String kind;

        protected Key() {
        }

        Key(Long publicationId, String kind) {
            this.publicationId = publicationId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(publicationId, k.publicationId) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(publicationId, kind);
        }
    }
}
