package cn.nianbao.domain.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.nianbao.domain.content.ReportContent;


/** A published version of a report, frozen as interchange JSON; corrections add a newer one. */
@Entity
@Table(name = "report_publication")
class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;

    @Column(name = "content_json", nullable = false, updatable = false, length = 1000000)
    private String contentJson;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "publication_cell",
            joinColumns = @jakarta.persistence.JoinColumn(name = "publication_id"))
    @jakarta.persistence.MapKeyColumn(name = "cell_key")
    @Column(name = "cell_value", nullable = false, precision = 18, scale = 4)
    private java.util.Map<String, java.math.BigDecimal> cells = new java.util.HashMap<>();

    protected Publication() {
    }

    Publication(Long reportId, Instant publishedAt, String publishedBy, String correctionReason, ReportContent content,
                String contentJson, String contentHash) {
        this.cells.putAll(content.cells());
        this.reportId = reportId;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.correctionReason = correctionReason;
        this.contentJson = contentJson;
        this.contentHash = contentHash;
    }

    Long getId() {
        return id;
    }

    /** The published cells (read in the transaction, the collection is lazy). */
    java.util.Map<String, java.math.BigDecimal> cells() {
        return java.util.Collections.unmodifiableMap(cells);
    }

    String getContentJson() {
        return contentJson;
    }

    PublishedVersion view() {
        return new PublishedVersion(id, reportId, publishedAt, publishedBy, correctionReason, contentHash);
    }
}
