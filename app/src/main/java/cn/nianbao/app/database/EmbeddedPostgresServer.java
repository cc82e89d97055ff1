package cn.nianbao.app.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL cluster in a data directory that outlives the JVM. zonky's defaults are tuned for throw-away
 * test clusters (fsync off, synchronous_commit off); here every commit is flushed to the WAL before it is
 * acknowledged. pg_ctl detaches the postmaster, so after a kill -9 of the JVM it keeps running with nobody to
 * stop it: the next start finds it through postmaster.pid and shuts it down (fast shutdown: a checkpoint, no
 * recovery needed) before starting its own.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "nianbao";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static EmbeddedPostgresServer start(Path configuredDir, int port) throws IOException {
        Path dataDir = configuredDir.toAbsolutePath().normalize();
        Files.createDirectories(dataDir.getParent());
        ensureNoOtherOwner(dataDir);
        stopOrphanedPostmaster(dataDir);
        setAsideIncompleteCluster(dataDir);
        boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
        Path logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Spring stops the server after the pool; a JVM hook of its own would race the context's
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "50")
                // the server's own output goes to a file: after a kill -9 there is no JVM left to read a pipe
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dataDir);
        server.createDatabaseIfMissing();
        log.info("Embedded PostgreSQL {} on 127.0.0.1:{}, data in {}{}", server.version(), pg.getPort(), dataDir,
                fresh ? " (new cluster)" : "");
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping the embedded PostgreSQL in {}", dataDir);
        postgres.close();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IOException("could not create the database " + DATABASE, e);
        }
    }

    private String version() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show server_version")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    /** zonky holds a file lock on epg-lock while its JVM lives: if it is taken, another run owns the directory. */
    private static void ensureNoOtherOwner(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new IllegalStateException("Another Nianbao run is using the database in " + dataDir
                        + "; stop it first, or set NIANBAO_PG_DATA to another directory");
            }
            lock.release();
        }
    }

    /** A postmaster left behind by a killed JVM: stop it (SIGINT = fast shutdown), then start afresh. */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).strip());
        } catch (NumberFormatException e) {
            return; // not a complete lock file: the postmaster died while writing it; postgres replaces it
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // stale: postgres removes it itself
        }
        if (!isPostgres(pid)) {
            // the PID was reused by something else: postgres would take it for a running postmaster
            log.warn("postmaster.pid in {} names PID {}, which is not a postgres process; removing the stale file",
                    dataDir, pid);
            Files.delete(pidFile);
            return;
        }
        log.warn("A PostgreSQL (PID {}) is still running on {} after its JVM ended; shutting it down", pid, dataDir);
        Instant until = Instant.now().plus(ORPHAN_SHUTDOWN);
        signal(pid, "INT");
        if (!awaitExit(process.get(), until)) {
            log.warn("PID {} did not stop within {} s; immediate shutdown (crash recovery at start)", pid,
                    ORPHAN_SHUTDOWN.toSeconds());
            signal(pid, "QUIT");
            if (!awaitExit(process.get(), Instant.now().plusSeconds(10))) {
                process.get().destroyForcibly();
                awaitExit(process.get(), Instant.now().plusSeconds(10));
            }
        }
        // backends of the old postmaster end with it; wait for them so the shared memory is released
        waitForBackends(dataDir, Instant.now().plusSeconds(30));
    }

    private static boolean isPostgres(long pid) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String first = new String(cmdline, StandardCharsets.UTF_8).split("\0", 2)[0];
            return first.endsWith("postgres") || first.startsWith("postgres");
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(c -> c.endsWith("postgres"))
                    .orElse(true); // cannot tell: treat it as the postmaster the file says it is
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PID " + pid, e);
        }
    }

    private static boolean awaitExit(ProcessHandle p, Instant until) {
        try {
            p.onExit().get(Math.max(1, Duration.between(Instant.now(), until).toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        }
    }

    private static void waitForBackends(Path dataDir, Instant until) {
        String dir = dataDir.toString();
        while (Instant.now().isBefore(until)) {
            boolean any = ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()
                    .map(cl -> cl.contains("postgres") && cl.contains(dir)).orElse(false));
            if (!any) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** initdb killed half-way leaves a directory postgres cannot start nor initdb reuse: move it aside. */
    private static void setAsideIncompleteCluster(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir) || Files.exists(dataDir.resolve("global/pg_control"))) {
            return;
        }
        try (var entries = Files.list(dataDir)) {
            if (entries.noneMatch(p -> !p.getFileName().toString().equals("epg-lock"))) {
                Files.deleteIfExists(dataDir.resolve("epg-lock"));
                return;
            }
        }
        Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".incomplete-" + System.currentTimeMillis());
        log.warn("{} holds no complete PostgreSQL cluster (an interrupted first start?); moved to {}", dataDir, aside);
        Files.move(dataDir, aside);
    }
}
