package org.pilotops.platform.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional call that is made again, whole, when the database chose its transaction as a deadlock's
 * victim ({@link DeadlockRetry}): writes of records lock kept figures shared with other writers (the
 * triggers of migrations V0022 and V0025), concurrent reminder runs wait on one unique key, and InnoDB
 * resolves a cycle by rolling one back. The one retry of the application: nothing else loops on failures.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnDeadlock {
}
