package org.conductledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.conductledger.ui.common.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The session's two workers (ADR 0021): a long read on the side worker does not hold up the main one, work runs on
 * the named thread, and a worker closed while its work runs (the session ended) hands nobody a result or a failure.
 */
@ExtendWith(ApplicationExtension.class)
class TaskLanesUiTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aLongReadOnTheSideWorkerDoesNotHoldUpTheMainOne() throws Exception {
        try (FxTaskRunner main = new FxTaskRunner(); FxTaskRunner side = new FxTaskRunner("ledger-side")) {
            CountDownLatch release = new CountDownLatch(1);
            List<String> order = new CopyOnWriteArrayList<>();
            side.run(() -> {
                release.await(10, TimeUnit.SECONDS);
                return Thread.currentThread().getName();
            }, order::add, e -> order.add("failed"));
            CountDownLatch roster = new CountDownLatch(1);
            main.run(() -> Thread.currentThread().getName(), name -> {
                order.add(name);
                roster.countDown();
            }, e -> order.add("failed"));
            assertTrue(roster.await(5, TimeUnit.SECONDS), "the main worker answered while the side one was busy");
            release.countDown();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> order.size() == 2);
            assertEquals(List.of("ledger-worker", "ledger-side"), order);
        }
    }

    @Test
    void aClosedWorkerDropsTheCallbacksOfWorkStillRunning() throws Exception {
        FxTaskRunner side = new FxTaskRunner("ledger-side");
        CountDownLatch started = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        side.run(() -> {
            started.countDown();
            Thread.sleep(300);
            return "figures";
        }, delivered::add, e -> delivered.add("failed"));
        side.run(() -> {
            throw new IllegalStateException("database closed");
        }, r -> delivered.add("second"), e -> delivered.add("failure shown"));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        side.close();                                     // waits for the running work, as at logout
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), delivered);
    }
}
