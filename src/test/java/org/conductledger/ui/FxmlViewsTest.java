package org.conductledger.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every registered FXML file loads, with its bundle keys and its constructor-injected controller. */
@ExtendWith(ApplicationExtension.class)
class FxmlViewsTest {

    @TempDir
    static Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void everyViewLoadsWithItsController(FxRobot robot) {
        for (FxmlView view : FxmlView.values()) {
            ViewLoader.Loaded<Object> loaded = load(robot, view);
            assertNotNull(loaded.root(), view.name());
            assertNotNull(loaded.controller(), view.name());
        }
    }

    private ViewLoader.Loaded<Object> load(FxRobot robot, FxmlView view) {
        @SuppressWarnings("unchecked")
        ViewLoader.Loaded<Object>[] holder = new ViewLoader.Loaded[1];
        ViewLoader loader = view.beforeLogin()
                ? new org.conductledger.app.StartComposition(new org.conductledger.service.LedgerGate(harness.ledger.auth,
                        harness.ledger.location), new org.conductledger.ui.common.FxTaskRunner(),
                        org.conductledger.i18n.Messages.load(java.util.Locale.SIMPLIFIED_CHINESE),
                        new org.conductledger.app.StartComposition.Connections(new org.conductledger.service.ConnectionSettingsStore(
                                dir.resolve("connection.properties"), dir.resolve("ledger"), name -> null),
                                harness.dialogs, "", saved -> { })).loader()
                : harness.ui.loader();
        robot.interact(() -> holder[0] = loader.load(view));
        return holder[0];
    }
}
