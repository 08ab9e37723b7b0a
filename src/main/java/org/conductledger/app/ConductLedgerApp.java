package org.conductledger.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.ui.common.Fonts;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.ui.common.FxTaskRunner;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.ViewLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window appears at once with a progress indicator while the database is
 * opened and migrated in the background; then the main window replaces it. Failures are explained in
 * Chinese and logged in full.
 */
public final class ConductLedgerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConductLedgerApp.class);

    private AppSettings settings;
    private Messages messages;
    private FxTaskRunner tasks;
    private FxDialogService dialogs;
    private Services services;
    private String fontStyle;

    @Override
    public void start(Stage stage) {
        Path dataDirectory = DataDirectory.current();
        settings = AppSettings.load(dataDirectory);
        messages = Messages.load(settings.locale());
        tasks = new FxTaskRunner();
        fontStyle = Fonts.rootStyle(Font.getFamilies());
        dialogs = new FxDialogService(messages, DataDirectory.logDirectory(dataDirectory), fontStyle);
        // Never die silently: the dialog service logs the full trace and shows a short Chinese message.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() -> dialogs.showError(failure)));

        String dbParameter = getParameters().getNamed().get("db");
        DatabaseLocation location = DatabaseLocation.of(dbParameter != null ? Path.of(dbParameter)
                : DataDirectory.defaultDatabase(dataDirectory));
        stage.setTitle(messages.get("app.titleWithDatabase", location.file().getFileName()));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        WindowGeometry.restore(stage, settings);
        stage.setScene(new Scene(loadingView(), stage.getWidth(), stage.getHeight()));
        stage.getScene().getStylesheets().add(GuiComposition.stylesheet());
        stage.getScene().getRoot().setStyle(fontStyle);
        stage.show();

        tasks.run(() -> Services.wire(Database.open(location), Clock.systemDefaultZone()),
                opened -> showMain(stage, opened, location),
                failure -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, dialogs.describe(failure),
                            new ButtonType(messages.get("common.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
                    alert.getDialogPane().setStyle(fontStyle);
                    alert.setTitle(messages.get("app.title"));
                    alert.setHeaderText(messages.get("error.db.cannotStart"));
                    alert.showAndWait();
                    Platform.exit();
                });
        stage.setOnCloseRequest(e -> WindowGeometry.remember(stage, settings));
    }

    private Parent loadingView() {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(messages.get("app.opening")));
        box.setAlignment(Pos.CENTER);
        box.setPrefSize(1200, 760);
        return box;
    }

    private void showMain(Stage stage, Services opened, DatabaseLocation location) {
        this.services = opened;
        GuiComposition ui = new GuiComposition(opened, messages, tasks, dialogs, Clock.systemDefaultZone(),
                location.file().toString(), locale -> {
                    settings.setLocale(locale);
                    tasks.run(() -> {
                        settings.save();
                        return null;
                    }, ok -> { }, dialogs::showError);
                }, fontStyle);
        ViewLoader.Loaded<Object> main = ui.loader().load(FxmlView.MAIN_WINDOW);
        main.root().setStyle(fontStyle);
        stage.getScene().setRoot(main.root());
    }

    @Override
    public void stop() {
        if (tasks == null) {
            return;
        }
        // Saving settings and closing the database are I/O: they run on the worker, which close() drains.
        Services opened = services;
        tasks.run(() -> {
            settings.save();
            if (opened != null) {
                opened.close();
            }
            return null;
        }, ok -> { }, failure -> LOG.warn("Shutdown incomplete", failure));
        tasks.close();
    }
}
