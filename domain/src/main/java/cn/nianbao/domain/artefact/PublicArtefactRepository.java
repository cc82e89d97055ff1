package cn.nianbao.domain.artefact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicArtefactRepository extends JpaRepository<PublicArtefactRow, PublicArtefactRow.Key> {

    /** kind and SHA-256 of every stored file of a publication, without reading the bytes. */
    @Query("select a.kind, a.sha256 from PublicArtefactRow a where a.publicationId = ?1")
    List<Object[]> hashes(Long publicationId);
}
