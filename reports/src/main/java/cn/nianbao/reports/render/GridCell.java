package cn.nianbao.reports.render;

/**
 * One cell of an official table as laid out on paper: its text, how far it spans, whether it is a heading
 * (and for which direction) and whether it holds a number, with the number's cell key.
 */
public record GridCell(String text, int colspan, int rowspan, Kind kind, String cellKey) {

    public enum Kind { COLUMN_HEADER, ROW_HEADER, CORNER, NUMBER }

    static GridCell columnHeader(String text, int colspan, int rowspan) {
        return new GridCell(text, colspan, rowspan, Kind.COLUMN_HEADER, null);
    }

    static GridCell rowHeader(String text, int colspan, int rowspan) {
        return new GridCell(text, colspan, rowspan, Kind.ROW_HEADER, null);
    }

    /** A number cell; {@code cellKey} is its key in the interchange format (the editor binds a field to it). */
    static GridCell number(String text, int colspan, String cellKey) {
        return new GridCell(text, colspan, 1, Kind.NUMBER, cellKey);
    }

    public boolean header() {
        return kind != Kind.NUMBER;
    }
}
