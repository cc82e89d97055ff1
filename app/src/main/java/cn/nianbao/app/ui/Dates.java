package cn.nianbao.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as Chinese offices write them, in China Standard Time. */
public final class Dates {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    private Dates() {
    }

    public static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public static String day(java.time.LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Hours and minutes only, for "已自动保存 14:05". */
    public static String clock(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(CHINA).format(at);
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
