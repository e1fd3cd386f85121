package org.empathytrainer.lrs;

import java.time.Duration;

/**
 * How the sender behaves.
 *
 * @param batchSize  statements per {@code POST statements}
 * @param firstRetry the wait after the first failure to reach the store; doubled after each further one
 * @param maxRetry   the longest wait between tries, however long the store has been out of reach
 * @param timeout    how long to wait to connect, and then for an answer
 */
public record SendPolicy(int batchSize, Duration firstRetry, Duration maxRetry, Duration timeout) {
    /** For the app: batches of 100; tries again after 5 s, 10 s, 20 s... and every 10 minutes at most. */
    public static final SendPolicy DEFAULT =
            new SendPolicy(100, Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(30));

    public SendPolicy {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
        }
        if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retries must wait from firstRetry up to maxRetry");
        }
    }

    /** The wait after {@code failures} failures in a row (1 or more): doubling from {@link #firstRetry}. */
    public Duration backOff(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    public SendPolicy withBatchSize(int size) {
        return new SendPolicy(size, firstRetry, maxRetry, timeout);
    }
}
