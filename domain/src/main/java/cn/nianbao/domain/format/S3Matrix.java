package cn.nianbao.domain.format;

import java.util.ArrayList;
import java.util.List;

/** Section 三: the applications matrix, rows × applicant columns. */
public record S3Matrix(String corner, String header, List<ColumnDef> columns, List<S3Row> rows) {

    public static final String NEW_RECEIVED = "new_received";
    public static final String CARRIED_OVER = "carried_over";
    public static final String RESULT_TOTAL = "result_total";
    public static final String CARRIED_FORWARD = "carried_forward";
    public static final String TOTAL_COLUMN = "total";

    public S3Matrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Every data row, top to bottom. */
    public List<S3Row.Data> dataRows() {
        List<S3Row.Data> out = new ArrayList<>();
        collect(rows, out);
        return out;
    }

    /** The outcome rows （一）…（六） that （七）总计 adds up: the data rows beside result_total in its group. */
    public List<S3Row.Data> outcomeRows() {
        S3Row.Group results = groupHolding(rows, RESULT_TOTAL);
        if (results == null) {
            throw new IllegalStateException("the s3 matrix has no " + RESULT_TOTAL + " row");
        }
        List<S3Row.Data> out = new ArrayList<>();
        collect(results.rows(), out);
        out.removeIf(r -> r.key().equals(RESULT_TOTAL));
        return out;
    }

    /** The applicant columns, without 总计. */
    public List<ColumnDef> applicantColumns() {
        return columns.stream().filter(c -> !c.key().equals(TOTAL_COLUMN)).toList();
    }

    public ColumnDef column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    public S3Row.Data row(String key) {
        return dataRows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static void collect(List<S3Row> rows, List<S3Row.Data> out) {
        for (S3Row row : rows) {
            if (row instanceof S3Row.Data d) {
                out.add(d);
            } else if (row instanceof S3Row.Group g) {
                collect(g.rows(), out);
            }
        }
    }

    private static S3Row.Group groupHolding(List<S3Row> rows, String key) {
        for (S3Row row : rows) {
            if (row instanceof S3Row.Group g) {
                boolean direct = g.rows().stream().anyMatch(r -> r instanceof S3Row.Data d && d.key().equals(key));
                if (direct) {
                    return g;
                }
                S3Row.Group deeper = groupHolding(g.rows(), key);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}
