package org.conductledger.ui.common;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Calls {@code onIdle} after a period without keyboard or mouse input in any of the application's
 * windows (等保 2.0: session timeout). Windows opened later are watched too.
 */
public final class IdleMonitor {

    private final PauseTransition timer;
    private final EventHandler<Event> activity;

    public IdleMonitor(Duration idle, Runnable onIdle) {
        this.timer = new PauseTransition(idle);
        this.timer.setOnFinished(e -> onIdle.run());
        this.activity = e -> {
            if (timer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        };
    }

    public void start() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
        timer.playFromStart();
    }

    private void watch(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, activity);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        window.addEventFilter(MouseEvent.MOUSE_MOVED, activity);
        window.addEventFilter(ScrollEvent.SCROLL, activity);
    }

    /** Stops counting while the lock is shown. */
    public void pause() {
        timer.stop();
    }

    public void resume() {
        timer.playFromStart();
    }
}
