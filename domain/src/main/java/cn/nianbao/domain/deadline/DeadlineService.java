package cn.nianbao.domain.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.audit.AuditOutcome;
import cn.nianbao.domain.audit.SecurityAuditLog;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.ReportYears;
import cn.nianbao.domain.oversight.Offices;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.user.Actor;
import cn.nianbao.domain.unit.Unit;
import cn.nianbao.domain.unit.UnitService;

/** The deadline of an area's reports of a year (inherited down the tree); the area's office may move it. */
@Service
@Transactional
public class DeadlineService {

    /** Deadlines are days in China: a day ends at 23:59:59 Beijing time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Messages TEXT = Messages.of("deadline");

    /** A correction opened after the deadline still gets this long. */
    static final Duration CORRECTION_WINDOW = Duration.ofDays(15);

    private static final Messages OVERSIGHT = Messages.of("oversight");

    /** The security audit's name for a change of a deadline. */
    public static final String DEADLINE_SET = "DEADLINE_SET";

    private final CountyDeadlineRepository deadlines;
    private final UnitService units;
    private final SecurityAuditLog audit;
    private final Clock clock;

    DeadlineService(CountyDeadlineRepository deadlines, UnitService units, SecurityAuditLog audit, Clock clock) {
        this.deadlines = deadlines;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * When the steps of a report's route are due: the end of the county's deadline day, and for a correction no
     * sooner than the correction window from now.
     */
    @Transactional(readOnly = true)
    public Instant stepsDue(Long countyId, int year, boolean correction) {
        Instant due = deadline(countyId, year).atTime(23, 59, 59).atZone(CHINA).toInstant();
        if (correction) {
            Instant soonest = clock.instant().plus(CORRECTION_WINDOW);
            return due.isBefore(soonest) ? soonest : due;
        }
        return due;
    }

    /** A unit is overdue when its report is not published and the deadline day has passed in China. */
    public boolean isOverdue(LocalDate deadline, boolean published) {
        return !published && LocalDate.now(clock.withZone(CHINA)).isAfter(deadline);
    }

    /** 31 January of the following year unless the county set another date (条例第四十九条 for departments). */
    public static LocalDate defaultDeadline(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /**
     * The deadline of the area's (or a unit's) reports of the year, inherited down the tree: a city's deadline
     * applies to its counties unless a county set an earlier one, so the earliest date set on the unit or any
     * unit above it wins; 31 January of the following year when none is set.
     */
    @Transactional(readOnly = true)
    public LocalDate deadline(Long countyId, int year) {
        ReportYears.require(year);
        List<Long> chain = units.findEntity(countyId).map(Unit::selfAndAncestorIds).orElse(List.of(countyId));
        List<CountyDeadline.Key> keys = chain.stream().map(id -> new CountyDeadline.Key(id, year)).toList();
        return deadlines.findAllById(keys).stream().map(CountyDeadline::getDeadline).min(Comparator.naturalOrder())
                .orElse(defaultDeadline(year));
    }

    public void set(Actor actor, Long countyId, int year, LocalDate date) {
        ReportYears.require(year);
        if (countyId == null) {
            throw Refusal.invalid("COUNTY_REQUIRED", TEXT.get("refuse.county_required"));
        }
        Unit area = units.findEntity(countyId).orElseThrow(() -> Refusal.notFound(OVERSIGHT.get("refuse.area_missing")));
        if (!actor.isAdmin() && !Offices.isOfficeOf(actor, area)) {
            throw Refusal.forbidden(TEXT.get("refuse.only_county_office"));
        }
        if (date == null || date.getYear() < year || date.getYear() > year + 1) {
            throw Refusal.invalid("BAD_DEADLINE", TEXT.get("refuse.bad_deadline", year, year, year + 1));
        }
        LocalDate was = deadline(countyId, year);
        deadlines.findById(new CountyDeadline.Key(countyId, year)).ifPresentOrElse(d -> d.setDeadline(date),
                () -> deadlines.save(new CountyDeadline(countyId, year, date)));
        audit.record(actor.username(), DEADLINE_SET, "deadline:" + area.getCode() + "/" + year + " " + was + " -> " + date,
                AuditOutcome.SUCCESS);
    }
}
