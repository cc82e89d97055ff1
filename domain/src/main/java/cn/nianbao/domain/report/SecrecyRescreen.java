package cn.nianbao.domain.report;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import cn.nianbao.domain.sensitive.SensitiveWordsChanged;
import cn.nianbao.domain.unit.Unit;

/**
 * When a word list changes, the submissions waiting in 保密审查 below it are screened again in the same
 * transaction: the reviewer then clears what the lists say today, and the page the reviewer sees and the check of
 * the decision agree. A word list changes a few times a year; decisions are taken thousands of times.
 */
@Component
class SecrecyRescreen {

    private final ReportRepository reports;
    private final ReportValidation validation;
    private final EntityManager em;

    SecrecyRescreen(ReportRepository reports, ReportValidation validation, EntityManager em) {
        this.reports = reports;
        this.validation = validation;
        this.em = em;
    }

    @EventListener
    void wordsChanged(SensitiveWordsChanged change) {
        Unit area = em.find(Unit.class, change.areaId());
        if (area == null) {
            return;
        }
        for (Report r : reports.inSecrecyReviewUnder(area.getPath() + "%")) {
            reports.rescreen(r.getId(), SecrecyScreen.write(validation.screen(r)));
        }
    }
}
