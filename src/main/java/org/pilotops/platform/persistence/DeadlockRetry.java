package org.pilotops.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.logging.Logger;
import org.pilotops.platform.problem.ContendedException;

/**
 * Makes a call {@link RetriedOnDeadlock} again when its transaction was rolled back as a deadlock's victim
 * (MariaDB error 1213), at most {@link #ATTEMPTS} times, as InnoDB's documentation asks of every client. It
 * runs outside {@code @Transactional} (a lower priority), so each attempt is a transaction of its own that
 * starts from nothing; a call inside a caller's transaction is not retried, since only the whole of that
 * transaction could be. What remains another writer's lock — a deadlock lost every time, a lock wait that
 * timed out — leaves as a {@link ContendedException}, the one refusal that API and pages both answer (503
 * with {@code Retry-After}; a message beside the form).
 */
@RetriedOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadlockRetry {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(DeadlockRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionKey() != null) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !deadlock(e)) {
                    if (lockConflict(e)) {
                        LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                                + " refused: another writer holds what it needs (" + e + ")");
                        throw new ContendedException();
                    }
                    throw e;
                }
                int next = attempt + 1;
                LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " chosen as a deadlock's victim; attempt " + next + " of " + ATTEMPTS);
            }
        }
    }

    /** Whether a failure is a deadlock's rollback, however wrapped (JPA, JTA, the driver). */
    static boolean deadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransactionRollbackException || t instanceof SQLException sql && sql.getErrorCode() == 1213) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure is another writer's lock: a deadlock still lost after the attempts, or a lock wait
     * timeout (1205), which is not made again here — the other writer (a long import) still holds its locks,
     * and each attempt would wait the whole timeout. The client hears 503 with {@code Retry-After}
     * ({@link ContendedException}).
     */
    public static boolean lockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1205) {
                return true;
            }
        }
        return deadlock(failure);
    }
}
