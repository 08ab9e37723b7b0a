package org.conductledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Pictures of screens for people to look at: written only when {@code -Dconductledger.snapshots=<dir>} is given
 * (e.g. to check a layout by eye), never compared.
 */
final class UiSnapshots {

    private UiSnapshots() {
    }

    static void save(Scene scene, String name) {
        String directory = System.getProperty("conductledger.snapshots");
        if (directory == null || directory.isBlank()) {
            return;
        }
        java.util.concurrent.CompletableFuture<javafx.scene.image.WritableImage> image = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> image.complete(scene.snapshot(null)));
        try {
            Path file = Path.of(directory).resolve(name);
            Files.createDirectories(file.getParent());
            javafx.scene.image.WritableImage fx = image.get();
            int w = (int) fx.getWidth();
            int h = (int) fx.getHeight();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, fx.getPixelReader().getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Could not save " + name, e);
        }
    }
}
