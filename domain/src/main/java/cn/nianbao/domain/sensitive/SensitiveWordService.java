package cn.nianbao.domain.sensitive;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** The county's sensitive-word list: read by validation, edited by the county office. */
@Service
@Transactional
public class SensitiveWordService {

    private static final Messages TEXT = Messages.of("sensitive");

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
            throw Refusal.invalid("BAD_WORD", TEXT.get("refuse.bad_word"));
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
            throw Refusal.invalid("COUNTY_REQUIRED", TEXT.get("refuse.county_required"));
        }
        if (!actor.isAdmin() && !actor.has(Role.COUNTY_OFFICE, countyId)) {
            throw Refusal.forbidden(TEXT.get("refuse.only_county_office"));
        }
    }
}
