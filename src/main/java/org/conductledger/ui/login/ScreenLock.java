package org.conductledger.ui.login;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.IdleMonitor;
import org.conductledger.ui.common.ViewLoader;

/**
 * Locks the session: after the idle timeout or on Ctrl+L from any window, including an open dialog.
 * Every window's content is hidden (not closed: unsaved input survives) and a modal lock covering the
 * main window asks for the password. A lockout while locked ends the session through {@code onLockedOut}.
 */
public final class ScreenLock {

    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final ViewLoader loader;
    private final String stylesheet;
    private final String fontStyle;
    private final String title;
    private final Runnable onLocked;
    private final Consumer<String> onLockedOut;
    private final List<Node> hidden = new ArrayList<>();
    private final java.util.Map<Scene, Node> focusOwners = new java.util.HashMap<>();
    private Stage owner;
    private IdleMonitor idle;
    private Stage lockStage;

    /**
     * @param onLocked    runs when the lock appears (to audit it)
     * @param onLockedOut runs after too many wrong passwords, with the message already shown to the user
     */
    public ScreenLock(ViewLoader loader, String stylesheet, String fontStyle, String title, Runnable onLocked,
                      Consumer<String> onLockedOut) {
        this.loader = loader;
        this.stylesheet = stylesheet;
        this.fontStyle = fontStyle;
        this.title = title;
        this.onLocked = onLocked;
        this.onLockedOut = onLockedOut;
    }

    /** Starts watching for idleness and the shortcut in every window of the application. */
    public void start(Stage mainStage, Duration idleTime) {
        this.owner = mainStage;
        idle = new IdleMonitor(idleTime, () -> lock(false));
        Window.getWindows().forEach(this::watchShortcut);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watchShortcut);
            }
        });
        idle.start();
    }

    /** Stops the idle timer for good (logout). */
    public void stop() {
        if (idle != null) {
            idle.pause();
        }
        owner = null;
    }

    public boolean isLocked() {
        return lockStage != null;
    }

    private void watchShortcut(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e) && window != lockStage) {
                e.consume();
                javafx.application.Platform.runLater(() -> lock(true));
            }
        });
    }

    /** Hides every window's content and shows the lock; {@code manual} only changes the wording. */
    public void lock(boolean manual) {
        if (lockStage != null || owner == null) {
            return;
        }
        idle.pause();
        hideContent();
        ViewLoader.Loaded<ScreenLockController> view = loader.load(FxmlView.SCREEN_LOCK);
        StackPane backdrop = new StackPane(view.root());
        backdrop.getStyleClass().add("lock-backdrop");
        backdrop.setStyle(fontStyle);
        Scene scene = new Scene(backdrop, Math.max(owner.getWidth(), 480), Math.max(owner.getHeight(), 360));
        scene.getStylesheets().add(stylesheet);
        lockStage = new Stage(StageStyle.UNDECORATED);
        // Owned by the window in front (a dialog may be open), so that the lock stays above it.
        lockStage.initOwner(frontWindow());
        lockStage.initModality(Modality.APPLICATION_MODAL);
        lockStage.setTitle(title);
        lockStage.setScene(scene);
        lockStage.setX(owner.getX());
        lockStage.setY(owner.getY());
        lockStage.setOnCloseRequest(e -> e.consume());
        view.controller().start(manual, this::unlocked, message -> {
            idle.pause();
            hidden.clear();
            focusOwners.clear();
            lockStage.hide();
            lockStage = null;
            onLockedOut.accept(message);
        });
        onLocked.run();
        lockStage.show();
        lockStage.toFront();
    }

    private Window frontWindow() {
        Window front = owner;
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage && window.isShowing()) {
                front = window;       // the most recently shown one: a modal dialog, if one is open
            }
        }
        return front;
    }

    private void hideContent() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof PopupWindow popup) {
                popup.hide();
            } else if (window.getScene() != null && window.getScene().getRoot().isVisible()) {
                Node root = window.getScene().getRoot();
                if (window.getScene().getFocusOwner() != null) {
                    focusOwners.put(window.getScene(), window.getScene().getFocusOwner());
                }
                root.setVisible(false);
                hidden.add(root);
            }
        }
    }

    private void unlocked() {
        hidden.forEach(root -> root.setVisible(true));
        focusOwners.forEach((scene, node) -> node.requestFocus());
        focusOwners.clear();
        hidden.clear();
        lockStage.hide();
        lockStage = null;
        idle.resume();
    }
}
