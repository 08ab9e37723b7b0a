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
        // Messages arrive after the window is sized: let it grow with them instead of clipping them.
        for (Node node : loaded.root().lookupAll(".label")) {
            if (node instanceof Label label) {
                label.textProperty().addListener((obs, old, text) -> Platform.runLater(stage::sizeToScene));
            }
        }
        return loaded.controller();
    }
}
