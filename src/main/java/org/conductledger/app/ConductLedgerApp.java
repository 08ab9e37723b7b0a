package org.conductledger.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.service.AuthService;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.LoginResult;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;
import org.conductledger.ui.common.Fonts;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.ui.common.FxTaskRunner;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.SessionControl;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.login.FirstRunController;
import org.conductledger.ui.login.LoginController;
import org.conductledger.ui.login.PasswordChangeController;
import org.conductledger.ui.login.ScreenLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: first-run dialog (no key file yet) or login, a forced password change after
 * a reset, then the main window, locked again after the idle timeout. The database is opened in the
 * background behind each of these screens; failures are explained in Chinese and logged in full.
 */
public final class ConductLedgerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConductLedgerApp.class);

    private final Clock clock = Clock.systemDefaultZone();
    private final Pbkdf2 kdf = AppLedgerAccess.kdf();
    private final String host = AppLedgerAccess.hostName();
    private AppSettings settings;
    private Messages messages;
    private FxTaskRunner tasks;
    private FxDialogService dialogs;
    private Services services;
    /** The session's second worker: the 工作台's long reads and the daily backup, so that they hold up no screen. */
    private FxTaskRunner sideTasks;
    private String fontStyle;
    private org.conductledger.ui.common.LookAndFeel lookAndFeel;
    private DatabaseLocation location;
    private ViewLoader startLoader;
    private Path dataDirectory;
    /** connection.properties: which ledger to open (数据库连接…). */
    private ConnectionSettingsStore connections;

    @Override
    public void start(Stage stage) {
        dataDirectory = DataDirectory.current();
        settings = AppSettings.load(dataDirectory);
        messages = Messages.load(settings.locale());
        tasks = new FxTaskRunner();
        fontStyle = Fonts.rootStyle(Font.getFamilies());
        // Font size and theme (系统设置 › 外观) on every window from the first one on.
        lookAndFeel = new org.conductledger.ui.common.LookAndFeel(
                new org.conductledger.ui.common.Appearance(settings.fontPercent(), settings.darkTheme()));
        lookAndFeel.install();
        dialogs = new FxDialogService(messages, DataDirectory.logDirectory(dataDirectory), fontStyle);
        // Never die silently: the dialog service logs the full trace and shows a short Chinese message.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() -> dialogs.showError(failure)));

        connections = new ConnectionSettingsStore(DataDirectory.connectionSettings(dataDirectory),
                DataDirectory.defaultDatabase(dataDirectory), System::getenv);
        stage.setTitle(messages.get("app.title"));
        AppIcons.install(stage);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        WindowGeometry.restore(stage, settings);
        stage.setScene(new Scene(loadingView(), stage.getWidth(), stage.getHeight()));
        stage.getScene().getStylesheets().add(GuiComposition.stylesheet());
        stage.getScene().getRoot().setStyle(fontStyle);
        stage.setOnCloseRequest(e -> WindowGeometry.remember(stage, settings));
        stage.show();

        // --db wins over connection.properties (数据库连接…), which wins over the embedded file in the data directory.
        String dbParameter = getParameters().getNamed().get("db");
        open(stage, () -> dbParameter != null ? DatabaseLocation.of(Path.of(dbParameter)) : connections.location());
    }

    /**
     * Finds the ledger ({@code where} runs on the worker: it may read connection.properties) and shows its
     * first-run or login screen: at start-up, and again whenever 数据库连接… saves other settings.
     */
    private void open(Stage stage, Callable<DatabaseLocation> where) {
        show(stage, loadingView());
        AuthService auth = new AuthService(clock, kdf, host);
        tasks.run(() -> opening(auth, where), opening -> {
            location = opening.location();
            stage.setTitle(messages.get("app.titleWithDatabase", location.fileName()));
            startLoader = new StartComposition(new LedgerGate(auth, location), tasks, messages,
                    new StartComposition.Connections(connections, dialogs, fontStyle,
                            saved -> open(stage, () -> connections.location(saved)))).loader();
            String problem = opening.problem() == null ? null : dialogs.describe(opening.problem());
            if (opening.firstRun()) {
                ViewLoader.Loaded<FirstRunController> view = startLoader.load(FxmlView.FIRST_RUN);
                view.controller().onSuccess(result -> loggedIn(stage, result));
                if (problem != null) {
                    view.controller().explain(problem);
                }
                show(stage, view.root());
                // The installer's smoke test waits for this line (installer/smoke-test.sh).
                LOG.info("Main window shown: first-run form for {}", location.describe());
            } else {
                LoginController login = showLogin(stage);
                if (problem != null) {
                    login.explain(problem);
                }
            }
        }, this::fatal);
    }

    /** Where the ledger is, whether it needs its first run, and why the chosen one could not be used (null if it could). */
    private record Opening(DatabaseLocation location, boolean firstRun, LedgerException problem) {
    }

    private Opening opening(AuthService auth, Callable<DatabaseLocation> where) throws Exception {
        DatabaseLocation chosen;
        try {
            chosen = where.call();
        } catch (LedgerException unusable) {
            // A connection.properties that cannot be read: the embedded file, and the reason on its screen.
            LOG.warn("Unusable connection settings, opening the embedded file", unusable);
            DatabaseLocation embedded = DatabaseLocation.of(DataDirectory.defaultDatabase(dataDirectory));
            return new Opening(embedded, auth.needsInitialisation(embedded), unusable);
        }
        try {
            return new Opening(chosen, auth.needsInitialisation(chosen), null);
        } catch (LedgerException unreachable) {
            if (!chosen.isServer()) {
                throw unreachable;
            }
            // A server that cannot be reached now: the login screen says why, and 数据库连接… is there to fix it.
            return new Opening(chosen, false, unreachable);
        }
    }

    private void show(Stage stage, Parent root) {
        root.setStyle(fontStyle);
        stage.getScene().setRoot(root);
    }

    private void fatal(Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, dialogs.describe(failure),
                new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setStyle(fontStyle);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("error.db.cannotStart"));
        alert.showAndWait();
        Platform.exit();
    }

    private Parent loadingView() {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(messages.get("app.opening")));
        box.setAlignment(Pos.CENTER);
        box.setPrefSize(1200, 760);
        return box;
    }

    private void loggedIn(Stage stage, LoginResult result) {
        services = Services.wire(result.ledger(), result.session(), clock, kdf, host);
        sideTasks = new FxTaskRunner("ledger-side");
        stage.setTitle(messages.get("app.titleWithUser", location.fileName(), result.session().fullName()));
        markDemo(stage, services);
        SessionControl control = new AppSessionControl(stage);
        GuiComposition ui = new GuiComposition(services, messages, tasks, dialogs, clock, location.describe(),
                locale -> {
                    settings.setLocale(locale);
                    tasks.run(() -> {
                        settings.save();
                        return null;
                    }, ok -> { }, dialogs::showError);
                }, fontStyle, control, new SettingsPreferences(settings), lookAndFeel, sideTasks);
        Services session = services;
        screenLock = new ScreenLock(ui.loader(), GuiComposition.stylesheet(), fontStyle, messages.get("lock.title"),
                () -> tasks.run(() -> {
                    session.users().recordScreenLocked();
                    return null;
                }, ok -> { }, failure -> LOG.warn("Could not audit the screen lock", failure)),
                control::lockedOut);
        ScreenLock lockOfThisSession = screenLock;
        dialogs.setLockedCheck(lockOfThisSession::isLocked);
        if (result.mustChangePassword()) {
            ViewLoader.Loaded<PasswordChangeController> change = ui.loader().load(FxmlView.PASSWORD_CHANGE);
            change.controller().start(messages.get("password.introForced"), () -> showMain(stage, ui),
                    messages.get("password.logout"), control::logout);
            show(stage, change.root());
        } else {
            showMain(stage, ui);
        }
    }

    private ScreenLock screenLock;

    /** A demo ledger (演示数据, issue 12) says so in the title bar for as long as it is open: read on the worker. */
    private void markDemo(Stage stage, Services session) {
        tasks.run(() -> session.open() && session.demoData().isDemo(), demo -> {
            if (demo && services == session) {
                stage.setTitle(messages.get("demo.titleMark") + stage.getTitle());
            }
        }, failure -> LOG.warn("Could not read the demo mark", failure));
    }

    private void showMain(Stage stage, GuiComposition ui) {
        show(stage, ui.loader().load(FxmlView.MAIN_WINDOW).root());
        screenLock.start(stage, Duration.minutes(services.users().idleMinutes()));
        dailyBackup(services, sideTasks);
    }

    /** Today's automatic backup, if there is none yet, on the session's second worker (ADR 0012, 0021). */
    private void dailyBackup(Services session, FxTaskRunner side) {
        side.run(() -> session.open() ? session.backups().dailyIfDue() : java.util.Optional.<Path>empty(),
                written -> written.ifPresent(file -> LOG.info("Daily backup written to {}", file)),
                failure -> LOG.warn("Daily backup failed", failure));
    }

    /** Ends the session (audited logout, database closed) and shows the login screen again. */
    private void endSession(Stage stage) {
        screenLock.stop();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage) {
                window.hide();
            }
        }
        Services closing = services;
        FxTaskRunner closingSide = sideTasks;
        services = null;
        sideTasks = null;
        stage.setTitle(messages.get("app.titleWithDatabase", location.fileName()));
        show(stage, loadingView());
        tasks.run(() -> {
            closingSide.close();               // its reads finish (or are dropped) before the database closes
            if (closing.open()) {              // after a restore the session's database is already closed
                closing.users().recordLogout();
            }
            closing.close();
            return null;
        }, ok -> showLogin(stage), failure -> {
            LOG.warn("Logout incomplete", failure);
            showLogin(stage);
        });
    }

    private LoginController showLogin(Stage stage) {
        ViewLoader.Loaded<LoginController> view = startLoader.load(FxmlView.LOGIN);
        view.controller().onSuccess(result -> loggedIn(stage, result));
        show(stage, view.root());
        LOG.info("Main window shown: login form for {}", location.describe());
        return view.controller();
    }

    /** This user's appearance as kept in {@code settings.properties}. */
    private record SettingsPreferences(AppSettings settings) implements org.conductledger.ui.common.UserPreferences {

        @Override
        public org.conductledger.ui.common.Appearance appearance() {
            return new org.conductledger.ui.common.Appearance(settings.fontPercent(), settings.darkTheme());
        }

        @Override
        public void storeAppearance(org.conductledger.ui.common.Appearance appearance) {
            settings.setAppearance(appearance.fontPercent(), appearance.dark());
            settings.save();
        }
    }

    /** The running session as the screens see it. */
    private final class AppSessionControl implements SessionControl {

        private final Stage stage;

        AppSessionControl(Stage stage) {
            this.stage = stage;
        }

        @Override
        public void lock() {
            screenLock.lock(true);
        }

        @Override
        public void logout() {
            boolean otherWindows = Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing());
            if (!otherWindows || dialogs.confirm(messages.get("logout.confirm"))) {
                endSession(stage);
            }
        }

        @Override
        public void returnToLogin() {
            LOG.info("Session ended: the ledger was restored from a backup");
            endSession(stage);
        }

        @Override
        public void lockedOut(String message) {
            LOG.info("Session ended after a lockout: {}", message);
            endSession(stage);
        }
    }

    @Override
    public void stop() {
        if (tasks == null) {
            return;
        }
        // Auditing the logout, saving settings and closing the database are I/O: they run on the worker.
        Services opened = services;
        FxTaskRunner side = sideTasks;
        tasks.run(() -> {
            if (side != null) {
                side.close();
            }
            settings.save();
            if (opened != null) {
                opened.users().recordLogout();
                opened.close();
            }
            return null;
        }, ok -> { }, failure -> LOG.warn("Shutdown incomplete", failure));
        tasks.close();
    }
}
