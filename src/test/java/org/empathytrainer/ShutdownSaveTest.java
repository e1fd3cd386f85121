package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The hook that saves the last answers when the system stops the app: it waits for the save, but not for ever. */
class ShutdownSaveTest {

    @Test
    void theHookWaitsForTheSaveToFinish() throws InterruptedException {
        AtomicBoolean saved = new AtomicBoolean();
        Thread hook = ShutdownSave.hook(
                () -> {
                    sleep(300);
                    saved.set(true);
                },
                Duration.ofSeconds(5));
        hook.start();
        hook.join(10_000);
        assertThat(hook.isAlive()).isFalse();
        assertThat(saved).isTrue();
    }

    @Test
    void aSaveThatHangsDoesNotHoldUpTheExitPastTheBound() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        boolean finished = ShutdownSave.runWithin(
                () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Duration.ofMillis(300));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(finished).isFalse();
        assertThat(tookMillis).isBetween(250L, 5_000L);
        never.countDown();
    }

    @Test
    void aSaveThatFailsEndsTheHookAllTheSame() {
        assertThat(ShutdownSave.runWithin(
                        () -> {
                            throw new IllegalStateException("disk gone");
                        },
                        Duration.ofSeconds(5)))
                .isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
