package org.conductledger.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conductledger.app.GuiComposition;
import org.conductledger.i18n.Messages;
import org.conductledger.model.TestClock;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.ui.common.FxTaskRunner;
import org.conductledger.ui.common.FxmlView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window over a real H2 database in a temporary directory, with the real background
 * runner: tests wait for what the user would wait for (rows appearing), never for fixed times.
 */
public final class UiHarness implements AutoCloseable {

    public final TestLedger ledger;
    public final GuiComposition ui;
    /** File choosers answer from {@code dialogs.files}. */
    public final ScriptedDialogs dialogs;
    private final FxTaskRunner tasks = new FxTaskRunner();
    /** Font size and theme; tests of the look {@code install()} it (and close it). */
    public final org.conductledger.ui.common.LookAndFeel lookAndFeel =
            new org.conductledger.ui.common.LookAndFeel(org.conductledger.ui.common.Appearance.DEFAULT);

    public UiHarness(Path dir) {
        this(TestLedger.open(dir), null, dir);
    }

    /** The main window as seen by {@code user} (null: the administrator) of {@code ledger}. */
    public UiHarness(TestLedger ledger, org.conductledger.app.Services user, Path dir) {
        this(ledger, user, dir, new FxDialogService(Messages.load(Locale.SIMPLIFIED_CHINESE), dir, ""),
                org.conductledger.ui.common.SessionControl.NONE);
    }

    /** With the dialogs and the session control a test provides (file choosers cannot be driven headless). */
    public UiHarness(TestLedger ledger, org.conductledger.app.Services user, Path dir,
                     org.conductledger.ui.common.DialogService dialogs, org.conductledger.ui.common.SessionControl control) {
        this.ledger = ledger;
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        this.dialogs = new ScriptedDialogs(dialogs);
        this.ui = new GuiComposition(user == null ? ledger.services : user, messages, tasks, this.dialogs,
                TestClock.CLOCK, dir.toString(), locale -> { }, "", control,
                org.conductledger.ui.common.UserPreferences.inMemory(org.conductledger.ui.common.Appearance.DEFAULT),
                lookAndFeel, tasks);
    }

    /** Shows the main window in {@code stage} (call on the FX thread, e.g. from {@code @Start}). */
    public void show(Stage stage) {
        Scene scene = new Scene(ui.loader().load(FxmlView.MAIN_WINDOW).root(), 1200, 760);
        scene.getStylesheets().add(GuiComposition.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    /** Selects a main-window tab by its id (the 工作台 is first; tests never count tabs). Call on the FX thread. */
    public static void selectTab(javafx.scene.control.TabPane tabs, String tabId) {
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + tabId)));
    }

    /** Shows the main window with the roster tab selected, as the roster tests expect. */
    public void showRoster(Stage stage) {
        show(stage);
        selectTab((javafx.scene.control.TabPane) stage.getScene().lookup("#mainTabs"), "rosterTab");
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        lookAndFeel.close();
        tasks.close();
        ledger.close();
    }
}
