package org.conductledger.ui.settings;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseStage;
import org.conductledger.ui.common.Appearance;

/** 系统设置…: binds the form to {@link SettingsViewModel}; the ledger fields are read-only for users who may not change them. */
public final class SettingsController {

    private final SettingsViewModel model;
    private final Messages messages;

    @FXML private Label readOnlyLabel;
    @FXML private GridPane deadlinesGrid;
    @FXML private TextField reportDaysField;
    @FXML private Label reportDaysProblem;
    @FXML private TextField horizonDaysField;
    @FXML private Label horizonDaysProblem;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private TextArea holidaysArea;
    @FXML private TextArea workdaysArea;
    @FXML private Label holidaysProblem;
    @FXML private Label workdaysProblem;
    @FXML private TextField maxFailuresField;
    @FXML private Label maxFailuresProblem;
    @FXML private TextField lockMinutesField;
    @FXML private Label lockMinutesProblem;
    @FXML private TextField idleMinutesField;
    @FXML private Label idleMinutesProblem;
    @FXML private TextField backupKeepField;
    @FXML private Label backupKeepProblem;
    @FXML private Label backupDirectoryLabel;
    @FXML private TextField importMaxRowsField;
    @FXML private Label importMaxRowsProblem;
    @FXML private ComboBox<Integer> fontSizeChoice;
    @FXML private RadioButton lightTheme;
    @FXML private RadioButton darkTheme;
    @FXML private ComboBox<Locale> languageChoice;
    @FXML private Label summaryLabel;
    @FXML private Button saveButton;

    public SettingsController(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        field(reportDaysField, model.reportDays, reportDaysProblem, "reportDays");
        field(horizonDaysField, model.horizonDays, horizonDaysProblem, "horizonDays");
        field(maxFailuresField, model.maxFailures, maxFailuresProblem, "maxFailures");
        field(lockMinutesField, model.lockMinutes, lockMinutesProblem, "lockMinutes");
        field(idleMinutesField, model.idleMinutes, idleMinutesProblem, "idleMinutes");
        field(backupKeepField, model.backupKeep, backupKeepProblem, "backupKeep");
        field(importMaxRowsField, model.importMaxRows, importMaxRowsProblem, "importMaxRows");
        backupDirectoryLabel.textProperty().bind(model.backupDirectory);
        int row = 4;
        for (CaseStage stage : SettingsViewModel.TIMED_STAGES) {
            TextField rule = new TextField();
            rule.setId("due" + stage.name());
            rule.setPrefColumnCount(6);
            rule.setAccessibleText(messages.label(stage));
            Label name = new Label(messages.label(stage));
            name.setLabelFor(rule);
            Label problem = new Label();
            problem.getStyleClass().add("problems");
            deadlinesGrid.addRow(row++, name, rule, problem);
            field(rule, model.dueRules.get(stage), problem, "due." + stage.name());
        }
        yearChoice.setItems(model.years);
        yearChoice.valueProperty().bindBidirectional(model.calendarYear);
        holidaysArea.textProperty().bindBidirectional(model.holidays);
        workdaysArea.textProperty().bindBidirectional(model.workdays);
        holidaysProblem.textProperty().bind(model.problem("holidays"));
        workdaysProblem.textProperty().bind(model.problem("workdays"));
        fontSizeChoice.getItems().setAll(Appearance.FONT_PERCENTS);
        fontSizeChoice.setConverter(converter(p -> messages.get("settings.fontSize.percent", p)));
        fontSizeChoice.valueProperty().bindBidirectional(model.fontPercent);
        (model.dark.get() ? darkTheme : lightTheme).setSelected(true);
        model.dark.bind(darkTheme.selectedProperty());
        languageChoice.getItems().setAll(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        languageChoice.setConverter(converter(l -> messages.get(Locale.ENGLISH.equals(l) ? "menu.view.english" : "menu.view.chinese")));
        languageChoice.valueProperty().bindBidirectional(model.language);
        summaryLabel.textProperty().bind(model.summary);
        saveButton.disableProperty().bind(model.loaded.not().or(model.saving));
        boolean editable = model.mayChangeLedger();
        readOnlyLabel.setVisible(!editable);
        readOnlyLabel.setManaged(!editable);
        if (!editable) {
            for (TextInputControl input : List.of(reportDaysField, horizonDaysField, maxFailuresField, lockMinutesField,
                    idleMinutesField, backupKeepField, importMaxRowsField, holidaysArea, workdaysArea)) {
                input.setEditable(false);
            }
            deadlinesGrid.getChildren().stream().filter(TextField.class::isInstance)
                    .forEach(node -> ((TextField) node).setEditable(false));
        }
        model.load();
        // Focus lands in the first field the user may change.
        Platform.runLater(() -> (editable ? reportDaysField : fontSizeChoice).requestFocus());
    }

    private void field(TextField input, javafx.beans.property.StringProperty value, Label problem, String key) {
        input.textProperty().bindBidirectional(value);
        problem.textProperty().bind(model.problem(key));
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        input.setMinWidth(TextField.USE_PREF_SIZE);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @FXML
    private void save() {
        model.save(this::close);
    }

    @FXML
    private void close() {
        saveButton.getScene().getWindow().hide();
    }
}
