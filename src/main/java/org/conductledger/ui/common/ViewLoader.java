package org.conductledger.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.util.Callback;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.conductledger.i18n.Messages;

/**
 * Loads FXML with the bundles and a controller factory fed by the composition root: controllers get
 * their collaborators by constructor, never from a static.
 */
public final class ViewLoader {

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    private final Messages messages;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    public <C> Loaded<C> load(FxmlView view) {
        FXMLLoader loader = new FXMLLoader(ViewLoader.class.getResource(view.resource()), messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + view.resource(), e);
        }
    }
}
