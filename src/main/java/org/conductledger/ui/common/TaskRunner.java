package org.conductledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. View models use only this,
 * so database and file work never blocks the screen, and tests can run the same code synchronously.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any work is running: bound to the status bar's progress indicator. */
    ReadOnlyBooleanProperty busyProperty();
}
