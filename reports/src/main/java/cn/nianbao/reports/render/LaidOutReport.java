package cn.nianbao.reports.render;

import java.util.List;

/** A report laid out in the official format, ready for any writer. */
public record LaidOutReport(String title, ReportMeta meta, List<ReportSection> sections) {
}
