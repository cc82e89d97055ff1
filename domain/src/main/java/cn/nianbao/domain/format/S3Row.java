package cn.nianbao.domain.format;

import java.util.List;

/**
 * A line of the section 三 matrix: either a data row with cells, or a label-only group
 * (三、本年度办理结果, （三）不予公开 …) that spans the rows below it.
 */
public sealed interface S3Row {

    String label();

    /** Nesting depth: 0 for 一、二、三、四, 1 for （一）…（七）, 2 for 1. 2. 3. */
    int level();

    record Data(String key, String label, int level) implements S3Row {
    }

    record Group(String label, int level, List<S3Row> rows) implements S3Row {
        public Group {
            rows = List.copyOf(rows);
        }

        /** How many data rows the group's label spans in the official layout. */
        public int dataRowCount() {
            int n = 0;
            for (S3Row row : rows) {
                n += row instanceof Group g ? g.dataRowCount() : 1;
            }
            return n;
        }
    }
}
