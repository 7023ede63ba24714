package org.pilotops.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.platform.problem.ContendedException;
import org.pilotops.testing.TestEnvironment;

/**
 * {@link DeadlockRetry} against MariaDB's own refusals, not made-up exceptions: a deadlock's victim is made
 * again and the second attempt stores; a lock wait that times out (1205) is not made again and leaves as
 * the {@link ContendedException} that API and pages answer alike (503, {@code Retry-After}), nothing stored.
 */
class DeadlockRetryIT {

    private static DatabaseCoordinates database;

    @BeforeAll
    static void database() throws SQLException {
        database = TestEnvironment.emptyDatabase("deadlock_retry");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE = InnoDB");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + c.getCatalog() + "`");
        }
    }

    @BeforeEach
    void rows() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM probe");
            s.execute("INSERT INTO probe VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0), (9, 0), (10, 0)");
        }
    }

    @Test
    void aLockWaitThatTimesOutIsRefusedAsContendedAndNotMadeAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection holder = transaction()) {
            update(holder, "UPDATE probe SET n = n + 1 WHERE id = 1");
            assertThrows(ContendedException.class, () -> retry(() -> {
                attempts.incrementAndGet();
                try (Connection waiter = transaction(); Statement s = waiter.createStatement()) {
                    s.execute("SET SESSION innodb_lock_wait_timeout = 1");
                    s.executeUpdate("UPDATE probe SET n = n + 10 WHERE id = 1");
                    waiter.commit();
                }
                return null;
            }));
            holder.rollback();
        }
        assertEquals(1, attempts.get(), "each attempt would wait the whole timeout behind the same holder");
        assertEquals(0, n(1), "nothing of the refused write is stored");
    }

    @Test
    void aDeadlocksVictimIsMadeAgainAndTheSecondAttemptStores() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection other = transaction()) {
            // The other transaction locks more rows, so InnoDB rolls back the call's (the lighter one). Row by
            // row by its key: on a table this small one statement would scan, and lock row 2 as well.
            for (int id : new int[] {1, 3, 4, 5, 6, 7, 8, 9, 10}) {
                update(other, "UPDATE probe SET n = n + 1 WHERE id = " + id);
            }
            Integer stored = retry(() -> {
                int attempt = attempts.incrementAndGet();
                try (Connection mine = transaction()) {
                    update(mine, "UPDATE probe SET n = n + 100 WHERE id = 2");
                    if (attempt == 1) {
                        // The other now waits for row 2, which the call holds, while the call asks for row 1,
                        // which the other holds: a deadlock, and the other finishes once the call is rolled back.
                        CompletableFuture<Void> crossing = CompletableFuture.runAsync(() -> {
                            try {
                                update(other, "UPDATE probe SET n = n + 1 WHERE id = 2");
                                other.commit();
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        waitUntilWaiting();
                        try {
                            update(mine, "UPDATE probe SET n = n + 100 WHERE id = 1");
                        } finally {
                            crossing.get(30, TimeUnit.SECONDS);
                        }
                    } else {
                        update(mine, "UPDATE probe SET n = n + 100 WHERE id = 1");
                    }
                    mine.commit();
                }
                return attempt;
            });
            assertEquals(2, stored, "the second attempt stored");
        }
        assertEquals(2, attempts.get());
        assertEquals(101, n(1), "the other's +1 and the second attempt's +100");
        assertEquals(101, n(2));
    }

    /** The call through the interceptor, outside any transaction, as a boundary's caller makes it. */
    private static <T> T retry(Callable<T> work) throws Exception {
        DeadlockRetry retry = new DeadlockRetry();
        retry.transactions = new NoTransaction();
        @SuppressWarnings("unchecked")
        T result = (T) retry.retry(new Call(work));
        return result;
    }

    private static Connection transaction() throws SQLException {
        Connection c = database.dataSource().getConnection();
        c.setAutoCommit(false);
        return c;
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static int n(int id) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT n FROM probe WHERE id = " + id)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Until a transaction of this database waits for a row lock (the crossing update has reached the server). */
    private static void waitUntilWaiting() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (var r = s.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_trx "
                        + "WHERE trx_state = 'LOCK WAIT'")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the crossing update never waited for its lock");
    }

    /** An intercepted call: the work as {@link InvocationContext#proceed()}. */
    private record Call(Callable<?> work) implements InvocationContext {

        @Override
        public Object proceed() throws Exception {
            return work.call();
        }

        @Override
        public Method getMethod() {
            try {
                return Callable.class.getMethod("call");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object getTarget() {
            return work;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }
    }

    /** A caller outside any transaction, as a page or a resource calls a boundary. */
    private static final class NoTransaction implements TransactionSynchronizationRegistry {

        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new IllegalStateException("no transaction");
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new IllegalStateException("no transaction");
        }

        @Override
        public int getTransactionStatus() {
            return jakarta.transaction.Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            throw new IllegalStateException("no transaction");
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
