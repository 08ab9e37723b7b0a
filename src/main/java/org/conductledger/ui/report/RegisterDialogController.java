package org.conductledger.ui.report;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.report.registers.RegisterType;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.OrganisationsModel;

/**
 * Binds register_dialog.fxml (报表 → 台账…): the register, the organisation (with its subtree) and the period;
 * the rows as built; 预览和打印…, 保存 xlsx…, 保存 PDF…. Registers the user may not read are greyed out.
 */
public final class RegisterDialogController {

    private final RegisterDialogViewModel viewModel;
    private final OrganisationsModel organisations;
    private final ReportActions reports;
    private final Messages messages;

    @FXML private ComboBox<RegisterType> typeChoice;
    @FXML private ComboBox<Organisation> orgChoice;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label periodProblemLabel;
    @FXML private Label definitionLabel;
    @FXML private Button buildButton;
    @FXML private StackPane tableHolder;
    @FXML private Label emptyLabel;
    @FXML private Label statusLabel;
    @FXML private Button previewButton;
    @FXML private Button saveXlsxButton;
    @FXML private Button savePdfButton;

    public RegisterDialogController(RegisterDialogViewModel viewModel, OrganisationsModel organisations,
                                    ReportActions reports, Messages messages) {
        this.viewModel = viewModel;
        this.organisations = organisations;
        this.reports = reports;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        typeChoice.getItems().setAll(RegisterType.values());
        typeChoice.setCellFactory(list -> typeCell());
        typeChoice.setButtonCell(typeCell());
        typeChoice.valueProperty().bindBidirectional(viewModel.typeProperty());
        if (!viewModel.mayRead(typeChoice.getValue())) {
            java.util.Arrays.stream(RegisterType.values()).filter(viewModel::mayRead).findFirst()
                    .ifPresent(typeChoice::setValue);
        }
        orgChoice.setItems(organisations.all());
        orgChoice.setConverter(org.conductledger.ui.common.Converters.of(organisations::pathName));
        orgChoice.valueProperty().bindBidirectional(viewModel.organisationProperty());
        Organisation selected = organisations.selectedProperty().get();
        orgChoice.setValue(selected != null ? selected : organisations.all().isEmpty() ? null : organisations.all().get(0));
        viewModel.setUnreadableDates(DateFields.install(fromPicker).or(DateFields.install(toPicker)));
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        periodProblemLabel.textProperty().bind(viewModel.periodProblemProperty());
        periodProblemLabel.visibleProperty().bind(viewModel.periodProblemProperty().isNotEmpty());
        periodProblemLabel.managedProperty().bind(periodProblemLabel.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        var notReady = viewModel.readyProperty().not();
        for (Button b : java.util.List.of(buildButton, previewButton, saveXlsxButton, savePdfButton)) {
            b.disableProperty().bind(notReady);
        }
        definitionLabel.textProperty().bind(typeChoice.valueProperty().map(this::definition).orElse(""));
        viewModel.builtProperty().addListener((obs, old, built) -> showRows(built));
        showRows(null);
    }

    private String definition(RegisterType type) {
        return messages.get(switch (type) {
            case ACCOUNTS, GROUPS, FILINGS -> "registerDialog.definition.records";
            case CASES -> "registerDialog.definition.cases";
            case OUTCOMES -> "registerDialog.definition.outcomes";
            case COMMENDATIONS -> "registerDialog.definition.commendations";
        });
    }

    private void showRows(RegisterDialogViewModel.Built built) {
        if (built == null) {
            tableHolder.getChildren().setAll(emptyLabel);
            return;
        }
        var table = TableDataView.of(built.document().table());
        table.setId("registerTable");
        table.setPlaceholder(new Label(messages.get("registerDialog.noRows")));
        tableHolder.getChildren().setAll(table);
    }

    private ListCell<RegisterType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RegisterType type, boolean empty) {
                super.updateItem(type, empty);
                if (empty || type == null) {
                    setText(null);
                    setDisable(false);
                    return;
                }
                boolean readable = viewModel.mayRead(type);
                setText(readable ? viewModel.name(type) : messages.get("registerDialog.notPermitted", viewModel.name(type)));
                setDisable(!readable);
            }
        };
    }

    /** Typed dates count even before the field loses focus. */
    private void commitDates() {
        for (DatePicker picker : java.util.List.of(fromPicker, toPicker)) {
            String text = picker.getEditor().getText();
            picker.setValue(picker.getConverter().fromString(text));
        }
    }

    @FXML
    private void build() {
        commitDates();
        viewModel.build();
    }

    @FXML
    private void preview() {
        commitDates();
        viewModel.preview(document -> reports.preview(document, previewButton.getScene().getWindow()));
    }

    @FXML
    private void saveXlsx() {
        commitDates();
        viewModel.saveXlsx();
    }

    @FXML
    private void savePdf() {
        commitDates();
        viewModel.savePdf();
    }

    @FXML
    private void close() {
        ((Stage) statusLabel.getScene().getWindow()).close();
    }
}
