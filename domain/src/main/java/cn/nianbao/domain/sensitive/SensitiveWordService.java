package cn.nianbao.domain.sensitive;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** The county's sensitive-word list: read by validation, edited by the county office. */
@Service
@Transactional
public class SensitiveWordService {

    private final SensitiveWordRepository words;

    SensitiveWordService(SensitiveWordRepository words) {
        this.words = words;
    }

    @Transactional(readOnly = true)
    public List<String> words(Long countyId) {
        if (countyId == null) {
            return List.of();
        }
        return words.findByCountyIdOrderByWord(countyId).stream().map(SensitiveWord::getWord).toList();
    }

    public void add(Actor actor, Long countyId, String word) {
        requireEditor(actor, countyId);
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || w.length() > 100) {
            throw Refusal.invalid("BAD_WORD", "敏感词不能为空，且不超过 100 个字符");
        }
        if (!words.existsByCountyIdAndWord(countyId, w)) {
            words.save(new SensitiveWord(countyId, w));
        }
    }

    public void remove(Actor actor, Long countyId, String word) {
        requireEditor(actor, countyId);
        words.deleteByCountyIdAndWord(countyId, word);
    }

    private static void requireEditor(Actor actor, Long countyId) {
        if (countyId == null) {
            throw Refusal.invalid("COUNTY_REQUIRED", "请先选择县");
        }
        if (!actor.isAdmin() && !actor.has(Role.COUNTY_OFFICE, countyId)) {
            throw Refusal.forbidden("只有本县政府办公室可以维护敏感词表");
        }
    }
}
