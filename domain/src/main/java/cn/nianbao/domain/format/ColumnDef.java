package cn.nianbao.domain.format;

/**
 * A column of a table. {@code group} is the spanning header above it (法人或其他组织), or null.
 */
public record ColumnDef(String key, String label, CellType type, String group) {
}
