package cn.nianbao.domain.format;

/** A row of a table, or any other key with its official label. */
public record LabelledKey(String key, String label) {
}
