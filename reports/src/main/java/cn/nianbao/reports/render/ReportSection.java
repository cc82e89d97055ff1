package cn.nianbao.reports.render;

import java.util.List;

/** A section of the laid-out report: its heading, its paragraphs and its tables, in the official order. */
public record ReportSection(String key, String title, List<String> paragraphs, List<Grid> tables) {
}
