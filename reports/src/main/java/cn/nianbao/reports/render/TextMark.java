package cn.nianbao.reports.render;

/** A stretch of a section's text to mark for a reader (a 保密预审 match): offset and length in the stored text. */
public record TextMark(String section, int offset, int length) {
}
