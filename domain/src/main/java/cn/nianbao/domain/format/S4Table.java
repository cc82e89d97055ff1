package cn.nianbao.domain.format;

import java.util.List;

/** Section 四: 行政复议 and the two kinds of 行政诉讼, five result cells each. */
public record S4Table(List<Group> groups, List<LabelledKey> cells) {

    public static final String TOTAL = "total";

    public S4Table {
        groups = List.copyOf(groups);
        cells = List.copyOf(cells);
    }

    /** A group of five cells; {@code parent} is the spanning header (行政诉讼) or null. */
    public record Group(String key, String label, String parent) {
    }

    /** The result cells that 总计 adds up. */
    public List<LabelledKey> addends() {
        return cells.stream().filter(c -> !c.key().equals(TOTAL)).toList();
    }

    public Group group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    public String cellLabel(String key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().label();
    }
}
