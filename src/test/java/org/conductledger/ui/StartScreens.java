package org.conductledger.ui;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conductledger.app.GuiComposition;
import org.conductledger.app.StartComposition;
import org.conductledger.i18n.Messages;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.service.LedgerGate;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.common.ViewLoader;

/** The screens before login (first run, login) as the app composes them, for the tests that drive them. */
final class StartScreens {

    private StartScreens() {
    }

    /** The loader of the start screens, with connection settings kept in {@code dir} (never saved elsewhere). */
    static ViewLoader loader(LedgerGate gate, TaskRunner tasks, Messages messages, Path dir) {
        return new StartComposition(gate, tasks, messages,
                new StartComposition.Connections(new ConnectionSettingsStore(dir.resolve("connection.properties"),
                        dir.resolve("ledger"), name -> null), new FxDialogService(messages, dir, ""), "", saved -> { }))
                .loader();
    }

    static void show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(GuiComposition.stylesheet());
        stage.setScene(scene);
        stage.show();
    }
}
