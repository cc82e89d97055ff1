package cn.nianbao.domain.sensitive;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SensitiveWordRepository extends JpaRepository<SensitiveWord, Long> {

    List<SensitiveWord> findByCountyIdOrderByWord(Long countyId);

    long deleteByCountyIdAndWord(Long countyId, String word);

    boolean existsByCountyIdAndWord(Long countyId, String word);
}
