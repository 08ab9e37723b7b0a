package org.conductledger.ui.common;

import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/** Shows a form's {@link FieldProblems} as ControlsFX error marks (with the message as tooltip) on its inputs. */
public final class Decorations {

    private static final String ERROR_STYLE = "field-error";

    private Decorations() {
    }

    public static <F extends Enum<F>> void bind(FieldProblems<F> problems, Map<F, ? extends Control> controls) {
        ValidationDecoration decoration = new GraphicValidationDecoration();
        problems.byField().addListener((MapChangeListener<F, String>) change -> {
            Control control = controls.get(change.getKey());
            if (control == null) {
                return;
            }
            decoration.removeDecorations(control);
            control.getStyleClass().remove(ERROR_STYLE);
            control.setTooltip(null);
            String message = problems.byField().get(change.getKey());
            if (message != null) {
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
                control.getStyleClass().add(ERROR_STYLE);
                control.setTooltip(new Tooltip(message));
            }
        });
    }
}
