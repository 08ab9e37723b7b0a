package org.conductledger.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens a view as a modal dialog window over the main window. */
public final class DialogWindows {

    private final ViewLoader loader;
    private final String stylesheet;
    private final String fontStyle;

    public DialogWindows(ViewLoader loader, String stylesheet, String fontStyle) {
        this.loader = loader;
        this.stylesheet = stylesheet;
        this.fontStyle = fontStyle;
    }

    /** Loads {@code view}, lets {@code init} prepare its controller, and shows it (without blocking). */
    public <C> C open(FxmlView view, String title, Window owner, Consumer<C> init) {
        ViewLoader.Loaded<C> loaded = loader.load(view);
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        loaded.root().setStyle(fontStyle);
        Scene scene = new Scene(loaded.root());
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        init.accept(loaded.controller());
        stage.show();
        fitToScreen(stage);
        // Messages arrive after the window is sized: let it grow with them instead of clipping them.
        for (Node node : loaded.root().lookupAll(".label")) {
            if (node instanceof Label label) {
                label.textProperty().addListener((obs, old, text) -> Platform.runLater(() -> {
                    stage.sizeToScene();
                    fitToScreen(stage);
                }));
            }
        }
        stage.heightProperty().addListener((obs, old, height) -> Platform.runLater(() -> fitToScreen(stage)));
        return loaded.controller();
    }

    /**
     * Keeps a dialog on the screen (1366×768 office PCs): one taller than the screen scrolls instead, so its
     * buttons stay reachable, and one reaching below the screen's bottom is moved up.
     */
    static void fitToScreen(Stage stage) {
        if (stage.getScene() == null || !stage.isShowing()) {
            return;
        }
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double decoration = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        double room = bounds.getHeight() - decoration;
        javafx.scene.Parent root = stage.getScene().getRoot();
        if (stage.getScene().getHeight() > room + 0.5 && !FIT_ID.equals(root.getId())) {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane();
            scroll.setId(FIT_ID);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setPrefViewportWidth(stage.getScene().getWidth());
            scroll.setPrefViewportHeight(room - 4);
            stage.getScene().setRoot(scroll);
            scroll.setContent(root);
            stage.sizeToScene();
        }
        if (stage.getY() + stage.getHeight() > bounds.getMaxY()) {
            stage.setY(Math.max(bounds.getMinY(), bounds.getMaxY() - stage.getHeight()));
        }
    }

    private static final String FIT_ID = "fitToScreen";
}
