package org.conductledger.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Applies the font size and the theme to every window the application shows — the main window, dialogs,
 * alerts, the lock screen — as soon as it is shown and again whenever the choice changes. Two stylesheets go
 * after each scene's own: the dark theme (if chosen) and a one-rule sheet setting the root font size, which
 * every size in {@code app.css} follows (in em).
 */
public final class LookAndFeel implements AutoCloseable {

    public static final String DARK_STYLESHEET = "/fxml/dark.css";
    private static final String SIZE_MARKER = "data:text/css;charset=utf-8;base64,";

    private final String darkSheet;
    private Appearance appearance;
    private final ListChangeListener<Window> windowsShown = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private boolean installed;
    /** What this look listens to, so that {@link #close} leaves the windows alone (weak: windows come and go). */
    private final java.util.Map<Window, javafx.beans.value.ChangeListener<Scene>> watchedWindows = new java.util.WeakHashMap<>();
    private final java.util.Map<Scene, InvalidationListener> watchedScenes = new java.util.WeakHashMap<>();

    public LookAndFeel(Appearance initial) {
        this.appearance = initial;
        this.darkSheet = LookAndFeel.class.getResource(DARK_STYLESHEET).toExternalForm();
    }

    public Appearance appearance() {
        return appearance;
    }

    /** Starts decorating every window shown from now on, and the ones already open (FX thread). */
    public void install() {
        if (!installed) {
            installed = true;
            Window.getWindows().addListener(windowsShown);
            List.copyOf(Window.getWindows()).forEach(this::watch);
        }
    }

    /** Changes the look of every open window now and of every window shown later (FX thread). */
    public void apply(Appearance next) {
        this.appearance = next;
        if (!installed) {
            return;
        }
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage && window.getScene() != null) {
                decorate(window.getScene());
            }
        }
    }

    /** The stylesheets this look adds after a scene's own, in order. */
    public List<String> extraStylesheets() {
        List<String> sheets = new ArrayList<>();
        if (appearance.dark()) {
            sheets.add(darkSheet);
        }
        String rule = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", appearance.fontPx());
        sheets.add(SIZE_MARKER + Base64.getEncoder().encodeToString(rule.getBytes(StandardCharsets.UTF_8)));
        return sheets;
    }

    private void watch(Window window) {
        // Popups (menus, combo lists) take their look from the window they belong to.
        if (!(window instanceof Stage) || watchedWindows.containsKey(window)) {
            return;
        }
        javafx.beans.value.ChangeListener<Scene> sceneSet = (obs, old, scene) -> decorate(scene);
        watchedWindows.put(window, sceneSet);
        window.sceneProperty().addListener(sceneSet);
        decorate(window.getScene());
    }

    private void decorate(Scene scene) {
        if (scene == null) {
            return;
        }
        if (installed && !watchedScenes.containsKey(scene)) {
            // A screen adding its own stylesheet later must not end up after ours.
            InvalidationListener added = obs -> Platform.runLater(() -> {
                if (installed) {
                    reorder(scene);
                }
            });
            watchedScenes.put(scene, added);
            scene.getStylesheets().addListener(added);
        }
        reorder(scene);
    }

    private void reorder(Scene scene) {
        List<String> wanted = extraStylesheets();
        javafx.collections.ObservableList<String> sheets = scene.getStylesheets();
        int from = sheets.size() - wanted.size();
        if (from >= 0 && sheets.subList(from, sheets.size()).equals(wanted)
                && sheets.subList(0, from).stream().noneMatch(this::isOurs)) {
            return;
        }
        List<String> own = sheets.stream().filter(s -> !isOurs(s)).toList();
        List<String> all = new ArrayList<>(own);
        all.addAll(wanted);
        sheets.setAll(all);
    }

    private boolean isOurs(String sheet) {
        return sheet.equals(darkSheet) || sheet.startsWith(SIZE_MARKER);
    }

    /** Stops decorating new windows (tests; the application keeps it for its lifetime). */
    @Override
    public void close() {
        Window.getWindows().removeListener(windowsShown);
        watchedWindows.forEach((window, listener) -> window.sceneProperty().removeListener(listener));
        watchedScenes.forEach((scene, listener) -> scene.getStylesheets().removeListener(listener));
        watchedWindows.clear();
        watchedScenes.clear();
        installed = false;
    }
}
