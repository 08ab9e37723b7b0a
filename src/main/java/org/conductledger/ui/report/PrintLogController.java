package org.conductledger.ui.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.conductledger.i18n.Messages;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.exchange.ExchangeActions;

/** Binds print_log.fxml (报表 → 打印登记…): who printed or exported which document, of which records, when. */
public final class PrintLogController {

    private final PrintLogViewModel viewModel;
    private final ExchangeActions exchange;
    private final PrintDocumentNames documents;
    private final PrintSummaries summaries;
    private final Messages messages;
    private final DateTimeFormatter time;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<PrintLogEntry> logTable;
    @FXML private TableColumn<PrintLogEntry, Object> timeColumn;
    @FXML private TableColumn<PrintLogEntry, Object> userColumn;
    @FXML private TableColumn<PrintLogEntry, Object> orgColumn;
    @FXML private TableColumn<PrintLogEntry, Object> actionColumn;
    @FXML private TableColumn<PrintLogEntry, Object> documentColumn;
    @FXML private TableColumn<PrintLogEntry, Object> formatColumn;
    @FXML private TableColumn<PrintLogEntry, Object> subjectOrgColumn;
    @FXML private TableColumn<PrintLogEntry, Object> countColumn;
    @FXML private TableColumn<PrintLogEntry, Object> recordsColumn;
    @FXML private TableColumn<PrintLogEntry, Object> summaryColumn;
    @FXML private Label statusLabel;

    public PrintLogController(PrintLogViewModel viewModel, ExchangeActions exchange, Messages messages, ZoneId zone) {
        this.viewModel = viewModel;
        this.exchange = exchange;
        this.documents = new PrintDocumentNames(messages);
        this.summaries = new PrintSummaries(messages);
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    @FXML
    private void initialize() {
        viewModel.setUnreadableDates(DateFields.install(fromPicker).or(DateFields.install(toPicker)));
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        logTable.setItems(viewModel.entries());
        logTable.setPlaceholder(new Label(messages.get("printLog.empty")));
        column(timeColumn, e -> time.format(e.occurredAt()));
        column(userColumn, PrintLogEntry::username);
        column(orgColumn, PrintLogEntry::orgName);
        column(actionColumn, e -> e.action() == null ? "" : messages.label(e.action()));
        column(documentColumn, e -> documents.name(e.document()));
        column(formatColumn, e -> "PRINTER".equals(e.format()) ? messages.get("printLog.format.printer") : e.format());
        column(subjectOrgColumn, e -> e.subjectOrgName() == null ? "" : e.subjectOrgName());
        column(countColumn, PrintLogEntry::recordCount);
        column(recordsColumn, e -> e.recordIds() == null ? "" : e.recordIds());
        column(summaryColumn, e -> summaries.words(e.summary()));
        countColumn.setCellFactory(c -> cell(Pos.CENTER_RIGHT));
        recordsColumn.setCellFactory(c -> cell(Pos.CENTER_LEFT));
        summaryColumn.setCellFactory(c -> cell(Pos.CENTER_LEFT));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.search();
    }

    private static void column(TableColumn<PrintLogEntry, Object> column, Function<PrintLogEntry, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** Long texts are cut in the cell; the whole text is one hover away. */
    private static TableCell<PrintLogEntry, Object> cell(Pos alignment) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.toString();
                setText(text);
                setAlignment(alignment);
                setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        };
    }

    /** Typed dates count even before the field loses focus. */
    private void commitDates() {
        for (DatePicker picker : java.util.List.of(fromPicker, toPicker)) {
            picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
        }
    }

    @FXML
    private void refresh() {
        commitDates();
        viewModel.search();
    }

    @FXML
    private void export() {
        exchange.exportTable(logTable, messages.get("printLog.title"), PrintLogViewModel.EXPORT_WHAT);
    }

    @FXML
    private void close() {
        logTable.getScene().getWindow().hide();
    }
}
