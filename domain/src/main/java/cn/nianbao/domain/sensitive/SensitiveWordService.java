package cn.nianbao.domain.sensitive;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.TextLimit;
import cn.nianbao.domain.oversight.Offices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;

/** The sensitive-word lists of the tree: read by validation (a unit's and its ancestors'), edited by each area's office. */
@Service
@Transactional
public class SensitiveWordService {

    private static final Messages TEXT = Messages.of("sensitive");

    private static final Messages OVERSIGHT = Messages.of("oversight");

    /** The security audit's names for a change of a word list. */
    public static final String WORD_ADD = "WORD_ADD";
    public static final String WORD_REMOVE = "WORD_REMOVE";

    private final SensitiveWordRepository words;
    private final UnitService units;
    private final SecurityAuditLog audit;
    private final ApplicationEventPublisher events;

    SensitiveWordService(SensitiveWordRepository words, UnitService units, SecurityAuditLog audit,
                         ApplicationEventPublisher events) {
        this.words = words;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The words that apply to a unit: its own list and the lists of every unit above it (a province's or a city's
     * list applies to everything below it), each word once.
     */
    @Transactional(readOnly = true)
    public List<String> words(Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        List<Long> chain = units.findEntity(unitId).map(Unit::selfAndAncestorIds).orElse(List.of(unitId));
        return words.findByCountyIdInOrderByWord(chain).stream().map(SensitiveWord::getWord).distinct().toList();
    }

    /** The area's own list, as its office edits it (without the lists inherited from above). */
    @Transactional(readOnly = true)
    public List<String> ownWords(Long unitId) {
        return unitId == null ? List.of()
                : words.findByCountyIdOrderByWord(unitId).stream().map(SensitiveWord::getWord).toList();
    }

    public void add(Actor actor, Long countyId, String word) {
        Unit area = requireEditor(actor, countyId);
        String w = word == null ? "" : word.strip();
        if (w.isEmpty()) {
            throw Refusal.invalidField("BAD_WORD", "word", TEXT.get("refuse.bad_word"));
        }
        TextLimit.SENSITIVE_WORD.require(w, "word");
        if (!words.existsByCountyIdAndWord(countyId, w)) {
            words.save(new SensitiveWord(countyId, w));
            audit.record(actor.username(), WORD_ADD, "words:" + area.getCode() + " " + w, AuditOutcome.SUCCESS);
            events.publishEvent(new SensitiveWordsChanged(area.getId()));
        }
    }

    public void remove(Actor actor, Long countyId, String word) {
        Unit area = requireEditor(actor, countyId);
        if (words.deleteByCountyIdAndWord(countyId, word) > 0) {
            audit.record(actor.username(), WORD_REMOVE, "words:" + area.getCode() + " " + word, AuditOutcome.SUCCESS);
            events.publishEvent(new SensitiveWordsChanged(area.getId()));
        }
    }

    private Unit requireEditor(Actor actor, Long countyId) {
        if (countyId == null) {
            throw Refusal.invalid("COUNTY_REQUIRED", TEXT.get("refuse.county_required"));
        }
        Unit area = units.findEntity(countyId).orElseThrow(() -> Refusal.notFound(OVERSIGHT.get("refuse.area_missing")));
        if (!actor.isAdmin() && !Offices.isOfficeOf(actor, area)) {
            throw Refusal.forbidden(TEXT.get("refuse.only_county_office"));
        }
        return area;
    }
}
