package cn.nianbao.reports.render;

import java.util.List;

/**
 * A section of the laid-out report: its heading, its paragraphs and its tables, in the official order;
 * {@code marks} holds, per paragraph, the stretches to mark ([start, end) of its characters), empty when nothing is.
 */
public record ReportSection(String key, String title, List<String> paragraphs, List<Grid> tables, List<List<int[]>> marks) {

    public ReportSection(String key, String title, List<String> paragraphs, List<Grid> tables) {
        this(key, title, paragraphs, tables, List.of());
    }

    List<int[]> marksOf(int paragraph) {
        return paragraph < marks.size() ? marks.get(paragraph) : List.of();
    }
}
