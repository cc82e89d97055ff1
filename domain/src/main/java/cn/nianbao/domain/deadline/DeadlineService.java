package cn.nianbao.domain.deadline;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.user.Role;

/** The deadline of a county's reports of a year; the county office may move it. */
@Service
@Transactional
public class DeadlineService {

    private final CountyDeadlineRepository deadlines;

    DeadlineService(CountyDeadlineRepository deadlines) {
        this.deadlines = deadlines;
    }

    /** 31 January of the following year unless the county set another date (条例第四十九条 for departments). */
    public static LocalDate defaultDeadline(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    @Transactional(readOnly = true)
    public LocalDate deadline(Long countyId, int year) {
        return deadlines.findById(new CountyDeadline.Key(countyId, year)).map(CountyDeadline::getDeadline)
                .orElse(defaultDeadline(year));
    }

    public void set(Actor actor, Long countyId, int year, LocalDate date) {
        if (countyId == null) {
            throw Refusal.invalid("COUNTY_REQUIRED", "请先选择县");
        }
        if (!actor.isAdmin() && !actor.has(Role.COUNTY_OFFICE, countyId)) {
            throw Refusal.forbidden("只有本县政府办公室可以设置报告截止日期");
        }
        if (date == null || date.getYear() < year || date.getYear() > year + 1) {
            throw Refusal.invalid("BAD_DEADLINE", year + "年度报告的截止日期应在 " + year + " 年或 " + (year + 1) + " 年内");
        }
        deadlines.findById(new CountyDeadline.Key(countyId, year)).ifPresentOrElse(d -> d.setDeadline(date),
                () -> deadlines.save(new CountyDeadline(countyId, year, date)));
    }
}
