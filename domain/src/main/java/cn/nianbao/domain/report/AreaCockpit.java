package cn.nianbao.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.Paging;
import cn.nianbao.domain.input.ReportYears;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.SubtreePlans;
import cn.nianbao.domain.unit.UnitKind;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.Actor;

/**
 * Oversight of an area at any level, one level at a time: the area's direct children, paged, each reporting unit
 * with its report's status, deadline, overdue mark and returns, each area child (a city's county) with how many
 * units below it stand in each status. Everything is SQL over the unit tree; a page never loads a report.
 */
@Service
@Transactional(readOnly = true)
public class AreaCockpit {

    public static final int PAGE_SIZE = 50;

    /** The status filter's value for "no report yet". */
    public static final String NO_REPORT = "NONE";

    private static final Messages TEXT = Messages.of("report");

    private final ReportRepository reports;
    private final ReportReading reading;
    private final DeadlineService deadlines;
    private final SubtreePlans plans;

    AreaCockpit(ReportRepository reports, ReportReading reading, DeadlineService deadlines, SubtreePlans plans) {
        this.reports = reports;
        this.reading = reading;
        this.deadlines = deadlines;
        this.plans = plans;
    }

    /** One child of the area on the cockpit; {@code below} is set for an area child, the report's fields otherwise. */
    public record Row(String code, String name, UnitKind kind, boolean area, Long reportId, String status,
                      LocalDate deadline, boolean overdue, long returns, Map<String, Long> below) {
    }

    public record Page(UnitView area, int year, int page, int pageSize, long total, List<Row> rows) {
    }

    /**
     * The page of the area's children; {@code status} narrows to children whose report has it ("NONE": none yet).
     * Only an office at or above the area (or an administrator) may read it.
     */
    public Page children(Actor actor, String areaCode, int year, int page, String status) {
        ReportYears.require(year);
        UnitView area = reading.county(actor, areaCode);
        String filter = status == null || status.isBlank() ? "" : status.strip();
        if (!filter.isEmpty() && !filter.equals(NO_REPORT)) {
            try {
                ReportStatus.valueOf(filter);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("BAD_STATUS", TEXT.get("refuse.bad_status", filter));
            }
        }
        int p = Paging.requirePage(Math.max(page, 0));
        // the children of one area share its deadline (a city's, inherited by its counties unless earlier)
        LocalDate deadline = deadlines.deadline(area.id(), year);
        List<Object[]> found = reports.cockpitChildren(area.id(), year, filter, PAGE_SIZE, (long) p * PAGE_SIZE);
        List<Long> areaChildren = new ArrayList<>();
        for (Object[] r : found) {
            if (UnitKind.valueOf((String) r[3]).isArea()) {
                areaChildren.add(((Number) r[0]).longValue());
            }
        }
        Map<String, Map<String, Long>> below = areaChildren.isEmpty() ? Map.of() : countsBelow(area, year);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : found) {
            Long id = ((Number) r[0]).longValue();
            UnitKind kind = UnitKind.valueOf((String) r[3]);
            String st = (String) r[5];
            boolean isArea = areaChildren.contains(id);
            boolean overdue = !isArea && deadlines.isOverdue(deadline, ReportStatus.PUBLISHED.name().equals(st));
            rows.add(new Row((String) r[1], (String) r[2], kind, isArea, r[4] == null ? null : ((Number) r[4]).longValue(),
                    st == null ? NO_REPORT : st, deadline, overdue, ((Number) r[6]).longValue(),
                    isArea ? below.getOrDefault((String) r[1], Map.of()) : null));
        }
        return new Page(area, year, p, PAGE_SIZE, reports.countCockpitChildren(area.id(), year, filter), rows);
    }

    private Map<String, Map<String, Long>> countsBelow(UnitView area, int year) {
        plans.planWithValues();
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (Object[] r : reports.statusCountsBelow(area.path() + "%", area.path().length() + 1, area.id(), year)) {
            out.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
        }
        return out;
    }
}
