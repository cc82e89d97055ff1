package cn.nianbao.domain.testdb;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Counts the SQL statements PostgreSQL executes for the tests' pool, the way its statement log would list them
 * ({@code log_statement=all}: one line per executed statement). zonky's server has no {@code pg_stat_statements},
 * and Hibernate's statistics see neither Flowable's MyBatis statements nor how the driver sends a batch, so the
 * count is taken at the JDBC boundary, below Hibernate and Flowable alike:
 * <ul>
 *     <li>every {@code execute*} of a statement is one;</li>
 *     <li>a JDBC batch of N is N statements, except a batch of plain {@code INSERT … VALUES} on a pool with
 *     {@code reWriteBatchedInserts=true}: PgJDBC rewrites it into multi-row inserts of at most 128 rows, split into
 *     power-of-two blocks (a batch of 100 is 3 statements: 64 + 32 + 4 rows), and that is what is counted;</li>
 *     <li>transaction control (BEGIN, COMMIT, ROLLBACK) is counted apart, as {@link #transactions()}.</li>
 * </ul>
 * The count is of the whole pool: a test counts with the async executor off, nothing else running on it.
 */
public final class SqlStatementCounter implements DataSource, AutoCloseable {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong TRANSACTIONS = new AtomicLong();
    private static final Map<String, AtomicLong> BY_SQL = new ConcurrentHashMap<>();
    private static volatile boolean tracing;

    private final DataSource target;
    private final boolean rewritesBatchedInserts;

    public SqlStatementCounter(DataSource target, boolean rewritesBatchedInserts) {
        this.target = target;
        this.rewritesBatchedInserts = rewritesBatchedInserts;
    }

    /** SQL statements executed so far, by every connection of every counted pool. */
    public static long statements() {
        return STATEMENTS.get();
    }

    /** Commits and rollbacks so far. */
    public static long transactions() {
        return TRANSACTIONS.get();
    }

    /** Starts keeping the statements' text with their counts (to say which statements a step runs). */
    public static void trace() {
        BY_SQL.clear();
        tracing = true;
    }

    /** The statements counted since {@link #trace()}, by text, and stops keeping them. */
    public static Map<String, Long> traced() {
        tracing = false;
        Map<String, Long> out = new java.util.TreeMap<>();
        BY_SQL.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static void count(String sql, long n) {
        STATEMENTS.addAndGet(n);
        if (tracing && sql != null) {
            BY_SQL.computeIfAbsent(sql.length() > 160 ? sql.substring(0, 160) : sql, k -> new AtomicLong()).addAndGet(n);
        }
    }

    /** Statements PostgreSQL runs for a batch of {@code n} (see the class comment). */
    static long batchStatements(String sql, int n, boolean rewrite) {
        if (!rewrite || n <= 1 || sql == null || !isPlainInsert(sql)) {
            return n;
        }
        return n / 128 + Integer.bitCount(n % 128);
    }

    private static boolean isPlainInsert(String sql) {
        String s = sql.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("insert") && s.contains("values") && !s.contains("returning") && !s.contains(";");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                new ConnectionHandler(c));
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection c;

        ConnectionHandler(Connection c) {
            this.c = c;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            if (name.equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            Object out = call(c, m, args);
            if (name.equals("commit") || name.equals("rollback")) {
                TRANSACTIONS.incrementAndGet();
            }
            if (out instanceof PreparedStatement ps) {
                return statement(ps, (String) args[0], PreparedStatement.class);
            }
            if (out instanceof Statement s && name.equals("createStatement")) {
                return statement(s, null, Statement.class);
            }
            return out;
        }
    }

    private Object statement(Statement s, String preparedSql, Class<?> type) {
        Class<?>[] types = type == PreparedStatement.class
                ? new Class<?>[]{PreparedStatement.class} : new Class<?>[]{Statement.class};
        // CallableStatement is not wrapped: prepareCall answers the driver's own
        return Proxy.newProxyInstance(getClass().getClassLoader(), types, new StatementHandler(s, preparedSql));
    }

    private final class StatementHandler implements InvocationHandler {
        private final Statement s;
        private final String preparedSql;
        private final java.util.List<String> batch = new java.util.ArrayList<>();

        StatementHandler(Statement s, String preparedSql) {
            this.s = s;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            switch (name) {
                case "addBatch" -> batch.add(args == null || args.length == 0 ? preparedSql : (String) args[0]);
                case "clearBatch" -> batch.clear();
                case "executeBatch", "executeLargeBatch" -> {
                    if (preparedSql != null) {
                        count(preparedSql, batchStatements(preparedSql, batch.size(), rewritesBatchedInserts));
                    } else {
                        batch.forEach(sql -> count(sql, 1));
                    }
                    batch.clear();
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                        count(args == null || args.length == 0 ? preparedSql : (String) args[0], 1);
                default -> { }
            }
            return call(s, m, args);
        }
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Closes the pool counted (Spring closes it with the context, before the embedded server stops). */
    @Override
    public void close() throws Exception {
        if (target instanceof AutoCloseable c) {
            c.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? (T) this : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
