package org.conductledger.ui.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Exporter;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.SheetTable;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.ImportReport;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds import_wizard.fxml: choose what and which file (template on offer), see how its columns were
 * matched and change that, check (a dry run listing every problem by row and column), then import — which
 * writes all rows or none. Import is offered only after a check found nothing wrong with this mapping; for an
 * organisation sheet that changes organisations already in the ledger, only once the user ticks that the
 * listed changes are to be applied too (unticked, nothing at all is written).
 */
public final class ImportController {

    private static final String AUTO = "";

    private final Importer importer;
    private final Exporter exporter;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private Organisation within;
    private java.util.function.Consumer<ImportKind> onImported = kind -> { };
    private Path file;
    private SheetTable table;
    private ColumnMapping mapping;
    /** The last check's report and the mapping it was made with (import is offered for exactly that). */
    private ImportReport checked;
    private ColumnMapping checkedMapping;
    private final List<ComboBox<String>> columnChoices = new ArrayList<>();

    @FXML private Label headingLabel;
    @FXML private ComboBox<ImportKind> kindChoice;
    @FXML private Button templateButton;
    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private ComboBox<String> encodingChoice;
    @FXML private Label sourceLabel;
    @FXML private TitledPane mappingPane;
    @FXML private GridPane mappingGrid;
    @FXML private ListView<String> problemsList;
    @FXML private Label summaryLabel;
    @FXML private javafx.scene.control.CheckBox applyChangesCheck;
    @FXML private Button checkButton;
    @FXML private Button runImportButton;
    @FXML private Button closeButton;

    public ImportController(Importer importer, Exporter exporter, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.importer = importer;
        this.exporter = exporter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        problemsList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                prefWidthProperty().bind(list.widthProperty().subtract(20));
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        kindChoice.setConverter(Converters.labelled(messages));
        kindChoice.getItems().setAll(importer.importableKinds());
        kindChoice.setValue(ImportKind.MEMBERS);
        kindChoice.valueProperty().addListener((obs, o, kind) -> reread());
        encodingChoice.getItems().setAll(AUTO, "UTF-8", "GBK", "GB18030");
        encodingChoice.setConverter(Converters.of(e -> e == null || e.isEmpty() ? messages.get("import.encoding.auto") : e));
        encodingChoice.setValue(AUTO);
        encodingChoice.valueProperty().addListener((obs, o, e) -> reread());
        runImportButton.setDisable(true);
        checkButton.setDisable(true);
        showApplyChanges(false);
        applyChangesCheck.selectedProperty().addListener((obs, o, n) -> updateRunButton());
        summaryLabel.setText(messages.get("import.start"));
        mappingPane.setVisible(false);
        mappingPane.setManaged(false);
    }

    /** Opens for importing into {@code within} (rows with no organisation go there; all must lie below it). */
    public void start(ImportKind kind, Organisation within, java.util.function.Consumer<ImportKind> onImported) {
        this.within = within;
        this.onImported = onImported;
        kindChoice.setValue(kind);
        kindChoice.valueProperty().addListener((obs, o, k) -> headingLabel.setText(heading(k)));
        headingLabel.setText(heading(kind));
    }

    private String heading(ImportKind kind) {
        String key = switch (kind == null ? ImportKind.MEMBERS : kind) {
            case MEMBERS -> "import.heading";
            case ORGS -> "import.headingOrgs";
            case ACCOUNTS, GROUPS, FILINGS -> "import.headingRegisters";
        };
        return messages.get(key, within.name());
    }

    @FXML
    private void downloadTemplate() {
        ImportKind kind = kindChoice.getValue();
        dialogs.chooseXlsxToSave(messages.get("import.templateName", messages.label(kind))).ifPresent(target ->
                tasks.run(() -> {
                    exporter.template(kind, target);
                    return target;
                }, saved -> dialogs.showInfo(messages.get("import.templateSaved", saved)), dialogs::showError));
    }

    @FXML
    private void chooseFile() {
        dialogs.chooseSpreadsheetToOpen().ifPresent(chosen -> {
            file = chosen;
            fileField.setText(chosen.toString());
            reread();
        });
    }

    /** Reads the file again (the kind or the encoding changed), guesses the mapping and checks at once. */
    private void reread() {
        table = null;
        checked = null;
        showApplyChanges(false);
        runImportButton.setDisable(true);
        if (file == null) {
            return;
        }
        ImportKind kind = kindChoice.getValue();
        Charset charset = encodingChoice.getValue() == null || encodingChoice.getValue().isEmpty() ? null
                : Charset.forName(encodingChoice.getValue());
        Path reading = file;
        problemsList.getItems().clear();
        summaryLabel.setText(messages.get("import.reading"));
        tasks.run(() -> importer.read(kind, reading, charset), read -> {
            table = read;
            mapping = ColumnMapping.guess(kind, read.headers());
            sourceLabel.setText(messages.get("import.source", reading.getFileName(), read.source(), read.rows().size(),
                    read.headers().size()));
            showMapping(kind);
            check();
        }, failure -> {
            sourceLabel.setText("");
            mappingPane.setVisible(false);
            mappingPane.setManaged(false);
            checkButton.setDisable(true);
            if (failure instanceof org.conductledger.model.LedgerException known) {
                // Said in the dialog itself (e.g. the wrong encoding chosen): the user can pick again at once.
                summaryLabel.getStyleClass().remove("problems");
                summaryLabel.getStyleClass().add("problems");
                summaryLabel.setText(messages.describe(known));
            } else {
                summaryLabel.setText("");
                dialogs.showError(failure);
            }
        });
    }

    private void showMapping(ImportKind kind) {
        mappingGrid.getChildren().clear();
        columnChoices.clear();
        List<String> options = new ArrayList<>();
        options.add(null);
        for (int i = 0; i < table.headers().size(); i++) {
            options.add(i + "");
        }
        List<ImportColumn> columns = ImportColumn.of(kind);
        for (int c = 0; c < columns.size(); c++) {
            ImportColumn column = columns.get(c);
            Label label = new Label(column.header() + (column.required() ? " *" : ""));
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("map-" + column.name());
            choice.getItems().setAll(options);
            choice.setConverter(Converters.of(index -> index == null ? messages.get("import.notMapped")
                    : messages.get("import.fileColumn", Integer.parseInt(index) + 1, table.headers().get(Integer.parseInt(index)))));
            Integer mapped = mapping.indexOf(column);
            choice.setValue(mapped == null ? null : mapped + "");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String index, boolean empty) {
                    super.updateItem(index, empty);
                    setText(empty ? null : choice.getConverter().toString(index));
                }
            });
            label.setLabelFor(choice);
            choice.valueProperty().addListener((obs, o, index) -> {
                mapping = mapping.with(column, index == null ? null : Integer.parseInt(index));
                updateRunButton();
                summaryLabel.setText(messages.get("import.recheck"));
                summaryLabel.setText(messages.get("import.recheck"));
            });
            columnChoices.add(choice);
            mappingGrid.add(label, (c % 2) * 2, c / 2);
            mappingGrid.add(choice, (c % 2) * 2 + 1, c / 2);
        }
        mappingPane.setVisible(true);
        mappingPane.setManaged(true);
        checkButton.setDisable(false);
        if (mappingGrid.getScene() != null && mappingGrid.getScene().getWindow() != null) {
            mappingGrid.getScene().getWindow().sizeToScene();
        }
    }

    @FXML
    private void check() {
        run(true);
    }

    @FXML
    private void runImport() {
        run(false);
    }

    private void run(boolean dryRun) {
        if (table == null) {
            return;
        }
        ImportKind kind = kindChoice.getValue();
        SheetTable rows = table;
        ColumnMapping used = mapping;
        Long into = within.id();
        String name = file.getFileName().toString();
        boolean apply = applyChangesCheck.isSelected();
        checkButton.setDisable(true);
        runImportButton.setDisable(true);
        summaryLabel.setText(messages.get(dryRun ? "import.checking" : "import.importing", rows.rows().size()));
        tasks.run(() -> importer.run(kind, rows, used, into, dryRun, apply, name), report -> {
            checkButton.setDisable(false);
            show(report);
            if (!dryRun && report.succeeded()) {
                onImported.accept(kind);
                dialogs.showInfo(kind == ImportKind.ORGS
                        ? messages.get("import.doneOrgs", report.added(), report.changedRows(), report.unchanged())
                        : messages.get("import.done", report.imported(), messages.label(kind)));
                close();
            } else {
                checked = report;
                checkedMapping = used;
                updateRunButton();
            }
        }, failure -> {
            checkButton.setDisable(false);
            summaryLabel.setText("");
            dialogs.showError(failure);
        });
    }

    /** Import is offered for a clean check of this very mapping, its changes (if any) ticked to be applied. */
    private void updateRunButton() {
        boolean clean = checked != null && checkedMapping == mapping && checked.problems().isEmpty() && checked.rows() > 0;
        runImportButton.setDisable(!clean || !checked.changes().isEmpty() && !applyChangesCheck.isSelected());
    }

    private void showApplyChanges(boolean shown) {
        applyChangesCheck.setVisible(shown);
        applyChangesCheck.setManaged(shown);
        if (!shown) {
            applyChangesCheck.setSelected(false);
        }
    }

    private void show(ImportReport report) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : report.problems()) {
            lines.add(Importer.describe(messages, p));
        }
        for (org.conductledger.model.ImportChange c : report.changes()) {
            lines.add(messages.get("import.changeLine", Importer.describe(messages, c)));
        }
        showApplyChanges(report.problems().isEmpty() && !report.changes().isEmpty());
        for (ImportProblem w : report.warnings()) {
            lines.add(messages.get("import.warningLine", Importer.describe(messages, w)));
        }
        problemsList.getItems().setAll(lines);
        summaryLabel.getStyleClass().remove("problems");
        if (report.problems().isEmpty() && !report.changes().isEmpty()) {
            summaryLabel.setText(messages.get("import.readyWithChanges", report.added(), report.changedRows(),
                    report.changes().size(), report.unchanged()));
        } else if (report.problems().isEmpty() && report.kind() == ImportKind.ORGS) {
            summaryLabel.setText(messages.get("import.readyOrgs", report.added(), report.unchanged()));
        } else if (report.problems().isEmpty()) {
            summaryLabel.setText(messages.get("import.ready", report.rows()));
        } else {
            summaryLabel.getStyleClass().add("problems");
            summaryLabel.setText(messages.get("import.notReady", report.problems().size(), report.rows()));
        }
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
