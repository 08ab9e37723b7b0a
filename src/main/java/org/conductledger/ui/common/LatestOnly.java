package org.conductledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background loads where only the newest request counts: the user clicked another organisation before
 * the first answer came back, so the older answer is dropped instead of overwriting the newer one.
 */
public final class LatestOnly {

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private long generation;

    public LatestOnly(TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        long request = ++generation;
        tasks.run(work, result -> {
            if (request == generation) {
                onSuccess.accept(result);
            }
        }, onFailure);
    }

    /** Any answer still on its way is dropped (e.g. nothing is selected any more). */
    public void cancel() {
        generation++;
    }
}
