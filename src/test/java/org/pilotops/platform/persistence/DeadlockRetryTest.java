package org.pilotops.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures {@link DeadlockRetry} makes again: a deadlock's rollback however wrapped, nothing else. */
class DeadlockRetryTest {

    @Test
    void aDeadlockIsFoundUnderJpaAndJtaWrappers() {
        SQLTransactionRollbackException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        assertTrue(DeadlockRetry.deadlock(new PersistenceException("flush", deadlock)));
        assertTrue(DeadlockRetry.deadlock(new TransactionalException("commit", new PersistenceException(deadlock))));
        assertTrue(DeadlockRetry.deadlock(new PersistenceException(new SQLException("deadlock", "40001", 1213))),
                "by its error code when the driver gives a plain SQLException");
    }

    @Test
    void otherFailuresAreNotMadeAgain() {
        assertFalse(DeadlockRetry.deadlock(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))), "a duplicate stays a conflict");
        assertFalse(DeadlockRetry.deadlock(new IllegalStateException("no cause")));
        assertFalse(DeadlockRetry.deadlock(new PersistenceException(new SQLException("lock wait timeout", "HY000", 1205))),
                "a lock wait timeout is not a deadlock: the other writer still holds its locks");
    }

    @Test
    void aLockWaitTimeoutOrALostDeadlockIsALockConflict() {
        assertTrue(DeadlockRetry.lockConflict(new PersistenceException(new SQLException("lock wait timeout", "HY000", 1205))));
        assertTrue(DeadlockRetry.lockConflict(new PersistenceException(new SQLException("deadlock", "40001", 1213))));
        assertFalse(DeadlockRetry.lockConflict(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
    }
}
