package org.conductledger.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size and position across starts, and never restores it off-screen. */
final class WindowGeometry {

    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 760;

    private WindowGeometry() {
    }

    static void restore(Stage stage, AppSettings settings) {
        double width = settings.getDouble("window.width").orElse(DEFAULT_WIDTH);
        double height = settings.getDouble("window.height").orElse(DEFAULT_HEIGHT);
        stage.setWidth(Math.max(640, width));
        stage.setHeight(Math.max(480, height));
        var x = settings.getDouble("window.x");
        var y = settings.getDouble("window.y");
        if (x.isPresent() && y.isPresent()
                && !Screen.getScreensForRectangle(new Rectangle2D(x.get(), y.get(), 100, 100)).isEmpty()) {
            stage.setX(x.get());
            stage.setY(y.get());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean("window.maximized"));
    }

    static void remember(Stage stage, AppSettings settings) {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
    }
}
