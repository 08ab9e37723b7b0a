package org.conductledger.ui.common;

import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;

/**
 * The save button of a small dialog: runs the work in the background with the button disabled; on
 * success tells the caller and closes the window; a refusal is explained under the form, anything else
 * goes to the error dialog (logged, short Chinese message).
 */
public final class DialogSubmit {

    private DialogSubmit() {
    }

    public static <T> void run(TaskRunner tasks, Messages messages, DialogService dialogs, Callable<T> work, Button saveButton,
                               Label problems, Runnable onSaved) {
        java.util.Optional<String> unreadable = DateFields.unreadableIn(saveButton.getScene().getRoot());
        if (unreadable.isPresent()) {
            // The work would see an empty date and complain about the wrong thing: say what cannot be read.
            problems.setText(messages.get("validation.date.unreadable", unreadable.get()));
            return;
        }
        saveButton.setDisable(true);
        tasks.run(work, saved -> {
            onSaved.run();
            saveButton.getScene().getWindow().hide();
        }, failure -> {
            saveButton.setDisable(false);
            if (failure instanceof LedgerException known) {
                problems.setText(messages.describe(known));
            } else {
                dialogs.showError(failure);
            }
        });
    }
}
