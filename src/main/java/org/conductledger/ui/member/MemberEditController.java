package org.conductledger.ui.member;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberField;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.Decorations;
import org.controlsfx.control.SearchableComboBox;

/** Binds member_edit.fxml to {@link MemberEditViewModel}. */
public final class MemberEditController {

    private final MemberEditViewModel viewModel;
    private final Messages messages;
    private Runnable onSaved = () -> { };

    @FXML private TextField nameField;
    @FXML private ComboBox<Gender> genderChoice;
    @FXML private TextField idNumberField;
    @FXML private TextField ethnicityField;
    @FXML private DatePicker birthDatePicker;
    @FXML private ComboBox<MemberCategory> categoryChoice;
    @FXML private DatePicker joinedPicker;
    @FXML private DatePicker confirmedPicker;
    @FXML private Label orgLabel;
    @FXML private TextField workUnitPostField;
    @FXML private CheckBox cadreCheck;
    @FXML private ComboBox<CadreRank> rankChoice;
    @FXML private SearchableComboBox<Organisation> managingOrgChoice;
    @FXML private TextField phoneField;
    @FXML private Label statusLabel;
    @FXML private TitledPane historyPane;
    @FXML private ListView<String> historyList;
    @FXML private Label problemsLabel;
    @FXML private Label warningsLabel;
    @FXML private Button saveButton;

    public MemberEditController(MemberEditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        genderChoice.getItems().setAll(Gender.values());
        genderChoice.setConverter(Converters.labelled(messages));
        genderChoice.valueProperty().bindBidirectional(viewModel.genderProperty());
        idNumberField.textProperty().bindBidirectional(viewModel.idNumberProperty());
        ethnicityField.textProperty().bindBidirectional(viewModel.ethnicityProperty());
        date(birthDatePicker, MemberField.BIRTH_DATE);
        birthDatePicker.valueProperty().bindBidirectional(viewModel.birthDateProperty());
        categoryChoice.getItems().setAll(MemberCategory.values());
        categoryChoice.setConverter(Converters.labelled(messages));
        categoryChoice.valueProperty().bindBidirectional(viewModel.categoryProperty());
        date(joinedPicker, MemberField.JOINED_ON);
        joinedPicker.valueProperty().bindBidirectional(viewModel.joinedOnProperty());
        date(confirmedPicker, MemberField.CONFIRMED_ON);
        confirmedPicker.valueProperty().bindBidirectional(viewModel.confirmedOnProperty());
        confirmedPicker.disableProperty().bind(viewModel.categoryProperty().isEqualTo(MemberCategory.PROBATIONARY));
        orgLabel.textProperty().bind(viewModel.organisationProperty().map(o -> viewModel.organisations().pathName(o)));
        workUnitPostField.textProperty().bindBidirectional(viewModel.workUnitPostProperty());
        cadreCheck.selectedProperty().bindBidirectional(viewModel.cadreProperty());
        rankChoice.getItems().setAll(CadreRank.values());
        rankChoice.setConverter(Converters.labelled(messages));
        rankChoice.valueProperty().bindBidirectional(viewModel.rankProperty());
        rankChoice.disableProperty().bind(viewModel.cadreProperty().not());
        managingOrgChoice.setItems(viewModel.organisations().all().filtered(Organisation::active));
        managingOrgChoice.setConverter(Converters.of(o -> viewModel.organisations().pathName(o)));
        managingOrgChoice.valueProperty().bindBidirectional(viewModel.managingOrgProperty());
        managingOrgChoice.disableProperty().bind(viewModel.cadreProperty().not());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        statusLabel.textProperty().bind(viewModel.statusTextProperty());
        historyList.setItems(viewModel.history());
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        warningsLabel.textProperty().bind(viewModel.warningsTextProperty());
        // The window grows with its messages and history instead of clipping them.
        historyPane.expandedProperty().addListener((obs, o, n) -> fitWindow());
        viewModel.history().addListener((javafx.collections.ListChangeListener<String>) c -> {
            historyPane.setExpanded(!viewModel.history().isEmpty());
            fitWindow();
        });
        saveButton.disableProperty().bind(viewModel.savingProperty().or(viewModel.loadedProperty().not()));
        Decorations.bind(viewModel.problems(), Map.ofEntries(
                Map.entry(MemberField.NAME, nameField),
                Map.entry(MemberField.GENDER, genderChoice),
                Map.entry(MemberField.ID_NUMBER, idNumberField),
                Map.entry(MemberField.ETHNICITY, ethnicityField),
                Map.entry(MemberField.BIRTH_DATE, birthDatePicker),
                Map.entry(MemberField.CATEGORY, categoryChoice),
                Map.entry(MemberField.JOINED_ON, joinedPicker),
                Map.entry(MemberField.CONFIRMED_ON, confirmedPicker),
                Map.entry(MemberField.WORK_UNIT_POST, workUnitPostField),
                Map.entry(MemberField.RANK, rankChoice),
                Map.entry(MemberField.MANAGING_ORG, managingOrgChoice),
                Map.entry(MemberField.PHONE, phoneField)));
    }

    private void fitWindow() {
        if (saveButton.getScene() != null && saveButton.getScene().getWindow() != null) {
            javafx.application.Platform.runLater(() -> saveButton.getScene().getWindow().sizeToScene());
        }
    }

    private void date(DatePicker picker, MemberField field) {
        DateFields.install(picker).addListener((obs, was, unreadable) -> viewModel.setDateUnreadable(field, unreadable));
    }

    public void startCreate(Organisation org, Runnable onSaved) {
        this.onSaved = onSaved;
        guardClose();
        historyPane.setVisible(false);
        historyPane.setManaged(false);
        viewModel.startCreate(org);
    }

    public void startEdit(long memberId, Runnable onSaved) {
        this.onSaved = onSaved;
        guardClose();
        viewModel.startEdit(memberId);
    }

    @FXML
    private void save() {
        viewModel.save(() -> {
            close();
            onSaved.run();
        });
    }

    private void guardClose() {
        saveButton.getScene().getWindow().setOnCloseRequest(e -> {
            if (!viewModel.mayClose()) {
                e.consume();
            }
        });
    }

    @FXML
    private void cancel() {
        if (viewModel.mayClose()) {
            close();
        }
    }

    private void close() {
        ((Stage) saveButton.getScene().getWindow()).close();
    }
}
