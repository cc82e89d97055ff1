package cn.nianbao.domain.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The year being reported now: the annual report covers the previous calendar year (due by 31 January), so in
 * 2026 the 2025 report is the one to write. One year ahead may be drafted early; further ahead is a typing slip.
 */
public final class ReportYear {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReportYear() {
    }

    public static int current(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA)).getYear() - 1;
    }

    /** The latest year a report may be created for today. */
    public static int latestCreatable(Clock clock) {
        return current(clock) + 1;
    }
}
