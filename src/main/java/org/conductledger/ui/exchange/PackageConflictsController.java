package org.conductledger.ui.exchange;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.conductledger.i18n.Messages;
import org.conductledger.service.PackageImportService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/** Binds package_conflicts.fxml: the records changed both here and at the sender, each kept or taken over. */
public final class PackageConflictsController {

    private final PackageImportService imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    @FXML private ListView<org.conductledger.model.PackageConflict> conflictList;
    @FXML private Button keepLocalButton;
    @FXML private Button takeIncomingButton;
    @FXML private Button closeButton;

    public PackageConflictsController(PackageImportService imports, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        conflictList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(org.conductledger.model.PackageConflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("package.conflicts.line", c.id(), c.senderOrgName(), c.seq(),
                        messages.get("package.type." + c.objectType()), c.incoming().replace('\u001f', '　')));
                setWrapText(true);
            }
        });
        var none = conflictList.getSelectionModel().selectedItemProperty().isNull();
        keepLocalButton.disableProperty().bind(none);
        takeIncomingButton.disableProperty().bind(none);
        conflictList.setPlaceholder(new javafx.scene.control.Label(messages.get("package.conflicts.none")));
    }

    public void start() {
        tasks.run(() -> imports.conflicts(true), conflictList.getItems()::setAll, dialogs::showError);
    }

    @FXML
    private void keepLocal() {
        decide(false);
    }

    @FXML
    private void takeIncoming() {
        decide(true);
    }

    private void decide(boolean incoming) {
        org.conductledger.model.PackageConflict c = conflictList.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        String reason = messages.get("package.statusReason");
        tasks.run(() -> {
            imports.decide(c.id(), incoming, reason);
            return imports.conflicts(true);
        }, conflictList.getItems()::setAll, dialogs::showError);
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
