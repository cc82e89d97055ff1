package cn.nianbao.domain.sensitive;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SensitiveWordRepository extends JpaRepository<SensitiveWord, Long> {

    List<SensitiveWord> findByCountyIdOrderByWord(Long countyId);

    /** The lists of several units at once (a unit and its ancestors); column county_id holds any unit's id. */
    List<SensitiveWord> findByCountyIdInOrderByWord(java.util.Collection<Long> unitIds);

    long deleteByCountyIdAndWord(Long countyId, String word);

    boolean existsByCountyIdAndWord(Long countyId, String word);
}
