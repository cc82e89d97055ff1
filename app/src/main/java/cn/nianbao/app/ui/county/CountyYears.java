package cn.nianbao.app.ui.county;

import java.time.Clock;

import cn.nianbao.domain.report.ReportYear;
import java.util.List;
import java.util.stream.IntStream;

import cn.nianbao.app.ui.Dates;

/** The report years to offer: from the first official format (2019) to the year being reported now. */
final class CountyYears {

    private CountyYears() {
    }

    /** Reports are written for the past year (the domain's report year). */
    static int current() {
        return ReportYear.current(Clock.system(Dates.CHINA));
    }

    static List<Integer> all() {
        return IntStream.rangeClosed(2019, current()).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
