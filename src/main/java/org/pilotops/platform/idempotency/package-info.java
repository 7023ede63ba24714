/**
 * {@code Idempotency-Key}: a client's retry of a write that may have been done gets the first answer
 * instead of a second write; keys are kept for {@link org.pilotops.platform.idempotency.IdempotencyKeys#KEPT_DAYS}
 * days, then removed by {@code IdempotencyKeyJob}.
 */
package org.pilotops.platform.idempotency;
