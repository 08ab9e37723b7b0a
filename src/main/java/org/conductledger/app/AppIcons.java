package org.conductledger.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application icon (installer/icons, rendered from conduct-ledger.svg) on every window: the main window
 * and each stage or dialog shown later, so that the task bar and Alt+Tab show the ledger rather than Java's cup.
 */
final class AppIcons {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** The icon in every size shipped as {@code /icons/conduct-ledger-N.png}; empty if none is on the class path. */
    static List<Image> load() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/icons/conduct-ledger-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // a missing size is not worth failing the start for
            }
        }
        return List.copyOf(images);
    }

    /** Gives {@code stage} and every stage shown from now on the icon, unless it has its own (FX thread). */
    static void install(Stage stage) {
        List<Image> icons = load();
        if (icons.isEmpty()) {
            return;
        }
        stage.getIcons().setAll(icons);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage shown && shown.getIcons().isEmpty()) {
                        shown.getIcons().setAll(icons);
                    }
                }
            }
        });
    }
}
