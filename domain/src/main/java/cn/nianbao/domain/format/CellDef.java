package cn.nianbao.domain.format;

/**
 * One cell of a format, with its stable key ({@code s2.art20_1.regulation.new_made},
 * {@code s3.granted.natural_person}, {@code s4.review.total}) and the labels a message needs.
 */
public record CellDef(String key, String section, String table, String row, String column, CellType type,
                      String tableLabel, String rowLabel, String columnLabel) {

    /** The locator of the table the cell belongs to, as used by CELL-BLANK: {@code s2.art20_1}, {@code s3}, {@code s4}. */
    public String tableLocator() {
        return table == null ? section : section + "." + table;
    }
}
