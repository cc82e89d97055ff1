package cn.nianbao.reports.render;

/**
 * One cell of an official table as laid out on paper: its text, how far it spans, whether it is a heading
 * (and for which direction) and whether it holds a number.
 */
public record GridCell(String text, int colspan, int rowspan, Kind kind) {

    public enum Kind { COLUMN_HEADER, ROW_HEADER, CORNER, NUMBER }

    static GridCell columnHeader(String text, int colspan, int rowspan) {
        return new GridCell(text, colspan, rowspan, Kind.COLUMN_HEADER);
    }

    static GridCell rowHeader(String text, int colspan, int rowspan) {
        return new GridCell(text, colspan, rowspan, Kind.ROW_HEADER);
    }

    static GridCell number(String text, int colspan) {
        return new GridCell(text, colspan, 1, Kind.NUMBER);
    }

    public boolean header() {
        return kind != Kind.NUMBER;
    }
}
