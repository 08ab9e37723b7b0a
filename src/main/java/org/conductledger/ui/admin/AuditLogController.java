package org.conductledger.ui.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;

/** Binds audit_log.fxml. */
public final class AuditLogController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AuditLogViewModel viewModel;
    private final Messages messages;
    private final org.conductledger.i18n.AuditWording wording;

    @FXML private TextField userFilter;
    @FXML private ComboBox<AuditAction> actionFilter;
    @FXML private ComboBox<String> objectFilter;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> seqColumn;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> objectColumn;
    @FXML private TableColumn<AuditEntry, String> summaryColumn;
    @FXML private TableColumn<AuditEntry, String> resultColumn;
    @FXML private TableColumn<AuditEntry, String> hostColumn;
    @FXML private Label statusLabel;

    public AuditLogController(AuditLogViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.wording = new org.conductledger.i18n.AuditWording(messages);
    }

    @FXML
    private void initialize() {
        userFilter.textProperty().bindBidirectional(viewModel.usernameProperty());
        actionFilter.getItems().add(null);
        actionFilter.getItems().addAll(AuditAction.values());
        actionFilter.setConverter(Converters.withNull(messages::label, messages.get("common.all")));
        actionFilter.valueProperty().bindBidirectional(viewModel.actionProperty());
        actionFilter.getSelectionModel().selectFirst();
        objectFilter.getItems().add(null);
        objectFilter.getItems().addAll(AuditLogViewModel.OBJECT_TYPES);
        objectFilter.setConverter(Converters.withNull(wording::objectType, messages.get("common.all")));
        objectFilter.valueProperty().bindBidirectional(viewModel.objectTypeProperty());
        objectFilter.getSelectionModel().selectFirst();
        viewModel.setUnreadableDates(DateFields.install(fromPicker).or(DateFields.install(toPicker)));
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        auditTable.setItems(viewModel.entries());
        text(seqColumn, e -> String.valueOf(e.seq()));
        text(timeColumn, e -> TIME.format(e.occurredAt()));
        text(userColumn, e -> e.username() == null ? "" : e.username());
        text(actionColumn, e -> wording.action(e.action()));
        text(objectColumn, wording::object);
        text(summaryColumn, e -> wording.summary(e));
        summaryColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Long summaries are cut in the cell; the whole text is one hover away.
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        text(resultColumn, e -> wording.result(e.result()));
        text(hostColumn, e -> e.host() == null ? "" : e.host());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.search();
    }

    private static void text(TableColumn<AuditEntry, String> column, java.util.function.Function<AuditEntry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML private void search() { viewModel.search(); }
    @FXML private void verify() { viewModel.verify(); }
    @FXML private void export() { viewModel.export(); }
    @FXML private void close() { auditTable.getScene().getWindow().hide(); }
}
