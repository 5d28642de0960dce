package com.techroute.adapters.sqlite;

import com.techroute.engine.domain.TenantId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Connections to one store file: a single writer, used by one thread at a time, and up to
 * {@link #MAX_READERS} readers. Every connection runs in WAL mode with foreign keys enforced and a busy
 * timeout, so readers proceed while a write is under way, and a writer in another process waits for the
 * lock rather than failing at once.
 */
final class StoreConnections implements AutoCloseable {

    /** Maximum number of reader connections open at once. */
    static final int MAX_READERS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(StoreConnections.class);

    private final Path file;
    private final Duration busyTimeout;
    private final SQLiteConfig config;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Semaphore readPermits = new Semaphore(MAX_READERS);
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private StoreConnections(Path file, Duration busyTimeout, SQLiteConfig config, Connection writer) {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.config = config;
        this.writer = writer;
    }

    /**
     * Opens the writer connection and switches the file to WAL mode.
     *
     * @throws SqliteStoreException naming the file when it cannot be opened or is not a database
     */
    static StoreConnections open(Path file, Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(Math.toIntExact(busyTimeout.toMillis()));
        config.enforceForeignKeys(true);
        try {
            Connection writer = config.createConnection("jdbc:sqlite:" + file);
            return new StoreConnections(file, busyTimeout, config, writer);
        } catch (SQLException e) {
            throw StoreFiles.openFailure(file, e);
        }
    }

    Path file() {
        return file;
    }

    /** Runs work on the writer connection outside a transaction, for opening the store. */
    <T> T onWriter(SqlWork<T> work) throws SQLException {
        writeLock.lock();
        try {
            return work.apply(writer);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs read-only work on a reader connection.
     *
     * @param action what the work does, for the error message, such as {@code "read technicians"}
     * @throws SqliteStoreException naming the action, tenant and file when SQLite fails
     */
    <T> T read(String action, TenantId tenant, SqlWork<T> work) {
        readPermits.acquireUninterruptibly();
        Connection reader = null;
        try {
            requireOpen();
            reader = idleReaders.poll();
            if (reader == null) {
                reader = config.createConnection("jdbc:sqlite:" + file);
            }
            return work.apply(reader);
        } catch (SQLException e) {
            throw failure(action, tenant, e);
        } finally {
            if (reader != null) {
                idleReaders.offer(reader);
            }
            readPermits.release();
        }
    }

    /**
     * Runs work in one write transaction that starts with {@code BEGIN IMMEDIATE}: all of it is committed,
     * or, when it throws, none of it.
     *
     * @param action what the work does, for the error message, such as {@code "record assignment"}
     * @throws SqliteStoreException naming the action, tenant and file when SQLite fails
     */
    <T> T write(String action, TenantId tenant, SqlWork<T> work) {
        writeLock.lock();
        try {
            requireOpen();
            return inTransaction(work);
        } catch (SQLException e) {
            throw failure(action, tenant, e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.apply(writer);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(writer, e);
                throw e;
            }
        }
    }

    /** Rolls back the open transaction. A failure to roll back is added to {@code cause} as suppressed. */
    static void rollback(Connection connection, Exception cause) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Store file (" + file + ") is closed. Open a new store.");
        }
    }

    private SqliteStoreException failure(String action, TenantId tenant, SQLException e) {
        boolean busy = e instanceof SQLiteException sqlite
                && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
        String hint = busy ? String.format(" Another process held the file's lock for longer than the busy timeout"
                + " (%s); stop it or open the store with a longer timeout.", busyTimeout) : "";
        return new SqliteStoreException(String.format("Failed to %s for tenant (%s) in store file (%s): %s.%s",
                action, tenant, file, e.getMessage(), hint), e);
    }

    /** Closes every connection, after the reads and the write under way have finished. */
    @Override
    public void close() {
        writeLock.lock();
        readPermits.acquireUninterruptibly(MAX_READERS);
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (Connection reader = idleReaders.poll(); reader != null; reader = idleReaders.poll()) {
                closeQuietly(reader);
            }
            closeQuietly(writer);
            LOG.info("Closed store file ({})", file);
        } finally {
            readPermits.release(MAX_READERS);
            writeLock.unlock();
        }
    }

    private void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Failed to close a connection to store file ({})", file, e);
        }
    }
}
