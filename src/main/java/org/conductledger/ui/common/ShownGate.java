package org.conductledger.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Loads a screen's data only while the screen is shown (issue 12): a reload asked for while it is hidden — the
 * main window's tabs other than the selected one — waits and runs once the screen is shown again. At 100,000
 * members every tab loading at start kept the roster waiting behind the registers and cases on the one worker.
 * Shown unless told otherwise, so a screen used on its own loads as before.
 */
public final class ShownGate {

    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private boolean pending;

    public ShownGate(Runnable reload) {
        this(reload, false);
    }

    /** {@code everyTime}: reload whenever the screen is shown again, not only when a load waited (the roster). */
    public ShownGate(Runnable reload, boolean everyTime) {
        shown.addListener((obs, was, now) -> {
            if (now && (pending || everyTime)) {
                pending = false;
                reload.run();
            }
        });
    }

    /** True when the caller may load now; otherwise the load is remembered for when the screen is shown. */
    public boolean mayLoad() {
        if (shown.get()) {
            pending = false;
            return true;
        }
        pending = true;
        return false;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
