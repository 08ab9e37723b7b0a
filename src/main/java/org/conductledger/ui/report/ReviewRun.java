package org.conductledger.ui.report;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.conductledger.model.Progress;

/**
 * One compilation's progress for the screen (a fraction, set on the JavaFX thread) and its cancel flag
 * (read by the worker between steps).
 */
final class ReviewRun implements Progress {

    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);
    private volatile boolean cancelled;

    DoubleProperty fractionProperty() {
        return fraction;
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void step(int done, int total) {
        double value = total == 0 ? -1 : (double) done / total;
        if (Platform.isFxApplicationThread()) {
            fraction.set(value);
        } else {
            Platform.runLater(() -> fraction.set(value));
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }
}
