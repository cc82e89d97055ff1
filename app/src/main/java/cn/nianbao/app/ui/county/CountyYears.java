package cn.nianbao.app.ui.county;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import cn.nianbao.app.ui.Dates;

/** The report years to offer: from the first official format (2019) to the year being reported now. */
final class CountyYears {

    private CountyYears() {
    }

    /** Reports are written for the past year; from November the current year's report is being drafted. */
    static int current() {
        LocalDate today = LocalDate.now(Dates.CHINA);
        return today.getMonthValue() >= 11 ? today.getYear() : today.getYear() - 1;
    }

    static List<Integer> all() {
        return IntStream.rangeClosed(2019, current()).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
