package cn.nianbao.domain.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByParentIdOrderByCode(Long parentId);

    List<Unit> findByParentIsNullOrderByCode();

    List<Unit> findByParentIdOrderByCode(Long parentId, org.springframework.data.domain.Pageable page);

    List<Unit> findByParentIsNullOrderByCode(org.springframework.data.domain.Pageable page);

    long countByParentId(Long parentId);

    List<Unit> findByKindInOrderByCode(java.util.Collection<UnitKind> kinds);

    long countByParentIsNull();

    @org.springframework.data.jpa.repository.Query("select u.id from Unit u")
    List<Long> findAllIds();
}
