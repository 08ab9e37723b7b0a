package org.conductledger.ui.exchange;

import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.i18n.Messages;
import org.conductledger.model.IdNumber;
import org.conductledger.model.Labelled;
import org.conductledger.model.PackageConflict;
import org.conductledger.model.PackageFieldDiff;
import org.conductledger.service.PackageImportService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds package_conflicts.fxml: the records changed both here and at the sender; for the one chosen, the
 * fields that differ side by side (本单位 / 数据包, in words, ID numbers masked), kept or taken over on
 * confirmation.
 */
public final class PackageConflictsController {

    /** Fields holding codes of these enumerations are shown by their labels. */
    private static final Map<String, Class<? extends Enum<?>>> CODED = Map.of("gender", org.conductledger.model.Gender.class,
            "category", org.conductledger.model.MemberCategory.class, "rank", org.conductledger.model.CadreRank.class,
            "type", org.conductledger.model.OrgType.class, "kind", org.conductledger.model.RegisterKind.class,
            "memberRole", org.conductledger.model.GroupRole.class, "status", org.conductledger.model.RegisterStatus.class);

    private final PackageImportService imports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    @FXML private ListView<PackageConflict> conflictList;
    @FXML private TableView<PackageFieldDiff> fieldTable;
    @FXML private TableColumn<PackageFieldDiff, String> fieldColumn;
    @FXML private TableColumn<PackageFieldDiff, String> localColumn;
    @FXML private TableColumn<PackageFieldDiff, String> incomingColumn;
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
            protected void updateItem(PackageConflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("package.conflicts.line", c.id(), c.senderOrgName(), c.seq(),
                        messages.get("package.type." + c.objectType()), name(c)));
            }
        });
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("package.field." + c.getValue().field())));
        localColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shown(c.getValue().field(), c.getValue().local())));
        incomingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shown(c.getValue().field(), c.getValue().incoming())));
        conflictList.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> {
            fieldTable.getItems().clear();
            if (c != null) {
                tasks.run(() -> imports.differences(c.id()), fieldTable.getItems()::setAll, dialogs::showError);
            }
        });
        var none = conflictList.getSelectionModel().selectedItemProperty().isNull();
        keepLocalButton.disableProperty().bind(none);
        takeIncomingButton.disableProperty().bind(none);
        conflictList.setPlaceholder(new javafx.scene.control.Label(messages.get("package.conflicts.none")));
    }

    /** The record's name from its incoming content (name=…), for the list. */
    private static String name(PackageConflict c) {
        for (String part : c.incoming().split("\u001f")) {
            if (part.startsWith("name=")) {
                return part.substring("name=".length());
            }
        }
        return "";
    }

    private String shown(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("idNumber".equals(field)) {
            return IdNumber.mask(value);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return messages.get("true".equals(value) ? "audit.value.true" : "audit.value.false");
        }
        Class<? extends Enum<?>> type = CODED.get(field);
        if (type != null) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return messages.label((Labelled) constant);
                }
            }
        }
        return value;
    }

    private Runnable onDecided = () -> { };

    /** Lists the open conflicts; {@code onDecided} runs after each decision (the lists behind reload). */
    public void start(Runnable onDecided) {
        this.onDecided = onDecided;
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
        PackageConflict c = conflictList.getSelectionModel().getSelectedItem();
        if (c == null || !dialogs.confirm(messages.get(incoming ? "package.conflicts.confirmIncoming"
                : "package.conflicts.confirmLocal", name(c)))) {
            return;
        }
        String reason = messages.get("package.statusReason");
        tasks.run(() -> {
            imports.decide(c.id(), incoming, reason);
            return imports.conflicts(true);
        }, open -> {
            conflictList.getItems().setAll(open);
            onDecided.run();
        }, dialogs::showError);
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
