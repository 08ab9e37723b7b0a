package org.conductledger.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * One background worker thread: work runs in submission order (one embedded database, one writer), and
 * callbacks run on the JavaFX thread. The application has one for what the user does and looks at, and one per
 * session for the long reads and the backup that must not hold that up (the 工作台's loads, ADR 0021).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public FxTaskRunner() {
        this("ledger-worker");
    }

    /** A worker whose thread has this name (it shows in logs and profiles). */
    public FxTaskRunner(String threadName) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            return;                  // the window is closing: a reload its last callback asked for has no one to show it
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        changeRunning(+1);
        // Closed meanwhile (the session ended): nobody is left to show a result or a failure to.
        task.setOnSucceeded(e -> {
            changeRunning(-1);
            if (!executor.isShutdown()) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            changeRunning(-1);
            if (!executor.isShutdown()) {
                onFailure.accept(task.getException());
            }
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            changeRunning(-1);       // closed between the check and the submission: as above
        }
    }

    private void changeRunning(int delta) {
        Runnable update = () -> {
            running += delta;
            busy.set(running > 0);
        };
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lets queued work (such as saving settings) finish, for a few seconds at most. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
