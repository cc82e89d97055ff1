package cn.nianbao.domain.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Section 三: the applications matrix, rows × applicant columns. The derived lists (data rows, outcome rows,
 * applicant columns) are worked out once, since every validation walks them many times.
 */
public final class S3Matrix {

    public static final String NEW_RECEIVED = "new_received";
    public static final String CARRIED_OVER = "carried_over";
    public static final String RESULT_TOTAL = "result_total";
    public static final String CARRIED_FORWARD = "carried_forward";
    public static final String TOTAL_COLUMN = "total";

    private final String corner;
    private final String header;
    private final List<ColumnDef> columns;
    private final List<S3Row> rows;
    private final List<S3Row.Data> dataRows;
    private final List<S3Row.Data> outcomeRows;
    private final List<ColumnDef> applicantColumns;
    private final Map<String, S3Row.Data> rowsByKey;
    private final Map<String, ColumnDef> columnsByKey;

    public S3Matrix(String corner, String header, List<ColumnDef> columns, List<S3Row> rows) {
        this.corner = corner;
        this.header = header;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        List<S3Row.Data> data = new ArrayList<>();
        collect(this.rows, data);
        this.dataRows = List.copyOf(data);
        this.outcomeRows = List.copyOf(findOutcomeRows(this.rows));
        this.applicantColumns = this.columns.stream().filter(c -> !c.key().equals(TOTAL_COLUMN)).toList();
        this.rowsByKey = dataRows.stream().collect(Collectors.toUnmodifiableMap(S3Row.Data::key, Function.identity()));
        this.columnsByKey = this.columns.stream().collect(Collectors.toUnmodifiableMap(ColumnDef::key, Function.identity()));
    }

    public String corner() {
        return corner;
    }

    public String header() {
        return header;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public List<S3Row> rows() {
        return rows;
    }

    /** Every data row, top to bottom. */
    public List<S3Row.Data> dataRows() {
        return dataRows;
    }

    /** The outcome rows （一）…（六） that （七）总计 adds up: the data rows beside result_total in its group. */
    public List<S3Row.Data> outcomeRows() {
        return outcomeRows;
    }

    /** The applicant columns, without 总计. */
    public List<ColumnDef> applicantColumns() {
        return applicantColumns;
    }

    public ColumnDef column(String key) {
        ColumnDef c = columnsByKey.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no s3 column " + key);
        }
        return c;
    }

    public S3Row.Data row(String key) {
        S3Row.Data r = rowsByKey.get(key);
        if (r == null) {
            throw new IllegalArgumentException("no s3 row " + key);
        }
        return r;
    }

    private static List<S3Row.Data> findOutcomeRows(List<S3Row> rows) {
        S3Row.Group results = groupHolding(rows, RESULT_TOTAL);
        if (results == null) {
            throw new IllegalStateException("the s3 matrix has no " + RESULT_TOTAL + " row");
        }
        List<S3Row.Data> out = new ArrayList<>();
        collect(results.rows(), out);
        out.removeIf(r -> r.key().equals(RESULT_TOTAL));
        return out;
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
