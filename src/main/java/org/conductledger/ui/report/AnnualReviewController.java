package org.conductledger.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.conductledger.exchange.TableData;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.report.annual.ReviewOutput;
import org.conductledger.report.annual.ReviewTables;
import org.conductledger.service.AnnualReviewService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds annual_review.fxml: 年度网络行为管理工作报告 for an organisation's subtree and a year, compiled in the
 * background (progress, 取消), shown as charts and the same tables the PDF and the workbook have; previewed,
 * printed and saved as PDF, xlsx and JSON — every file and print in the print log.
 */
public final class AnnualReviewController {

    private final AnnualReviewService reviews;
    private final Supplier<ReviewOutput> output;
    private final OrganisationsModel organisations;
    private final ReportActions reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    @FXML private ComboBox<Organisation> orgChoice;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private Button compileButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private TabPane tabs;
    @FXML private Tab chartsTab;
    @FXML private BarChart<String, Number> monthChart;
    @FXML private BarChart<Number, String> platformChart;
    @FXML private BarChart<Number, String> categoryChart;
    @FXML private BarChart<Number, String> outcomeChart;
    @FXML private Button previewButton;
    @FXML private Button savePdfButton;
    @FXML private Button saveXlsxButton;
    @FXML private Button saveJsonButton;

    private AnnualReview review;
    private ReviewRun run;

    public AnnualReviewController(AnnualReviewService reviews, Supplier<ReviewOutput> output, OrganisationsModel organisations,
                                  ReportActions reports, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.reviews = reviews;
        this.output = output;
        this.organisations = organisations;
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        int thisYear = LocalDate.now(clock).getYear();
        // At the start of a year the review is usually of the year just ended.
        int proposed = LocalDate.now(clock).getMonthValue() <= 2 ? thisYear - 1 : thisYear;
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(AnnualReviewService.FIRST_YEAR,
                thisYear, proposed));
        yearSpinner.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null));
        orgChoice.setItems(organisations.all());
        orgChoice.setConverter(org.conductledger.ui.common.Converters.of(organisations::pathName));
        orgChoice.getSelectionModel().select(organisations.selectedProperty().get());
        monthChart.setTitle(messages.get("annual.chart.byMonth"));
        platformChart.setTitle(messages.get("annual.chart.byPlatform"));
        categoryChart.setTitle(messages.get("annual.chart.byCategory"));
        outcomeChart.setTitle(messages.get("annual.chart.outcomes"));
        for (javafx.scene.chart.Axis<?> axis : List.of(monthChart.getYAxis(), platformChart.getXAxis(), categoryChart.getXAxis(),
                outcomeChart.getXAxis())) {
            countsOnly((javafx.scene.chart.NumberAxis) axis);
        }
        setResult(null);
    }

    /** Counts are whole numbers: the axis labels only those. */
    private static void countsOnly(javafx.scene.chart.NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.valueOf(text);
            }
        });
    }

    private void setResult(AnnualReview compiled) {
        review = compiled;
        for (Button b : List.of(previewButton, savePdfButton, saveXlsxButton, saveJsonButton)) {
            b.setDisable(compiled == null);
        }
    }

    private void setRunning(boolean running) {
        compileButton.setDisable(running);
        progressBar.setVisible(running);
        cancelButton.setVisible(running);
        cancelButton.setDisable(!running);
    }

    @FXML
    private void compile() {
        Organisation org = orgChoice.getValue();
        Integer year = yearSpinner.getValue();
        try {
            yearSpinner.increment(0);                         // commits typed text
            year = yearSpinner.getValue();
        } catch (RuntimeException ignored) {
            // an unreadable year stays as it was; the service names the allowed range
        }
        if (org == null) {
            statusLabel.setText(messages.get("review.pickOrg"));
            return;
        }
        ReviewRun current = new ReviewRun();
        run = current;
        progressBar.progressProperty().bind(current.fractionProperty());
        setRunning(true);
        statusLabel.setText(messages.get("review.compiling"));
        int chosenYear = year;
        tasks.run(() -> reviews.compile(org.id(), chosenYear, current), compiled -> {
            setRunning(false);
            show(compiled);
            statusLabel.setText(messages.get("review.compiled", compiled.orgName(), String.valueOf(compiled.year()),
                    compiled.byOrg().size()));
            dialogs.notifyDone(messages.get("review.compiledNote", compiled.orgName(), String.valueOf(compiled.year())));
        }, failure -> {
            setRunning(false);
            if (failure instanceof LedgerException e && "error.report.cancelled".equals(e.messageKey())) {
                statusLabel.setText(messages.get("review.cancelled"));
            } else {
                statusLabel.setText("");
                dialogs.showError(failure);
            }
        });
    }

    @FXML
    private void cancel() {
        if (run != null) {
            run.cancel();
            cancelButton.setDisable(true);
            statusLabel.setText(messages.get("review.cancelling"));
        }
    }

    private void show(AnnualReview compiled) {
        setResult(compiled);
        ReviewTables tables = new ReviewTables(messages);
        tabs.getTabs().retainAll(chartsTab);
        for (TableData table : tables.all(compiled)) {
            Tab tab = new Tab(table.sheetName(), TableDataView.of(table));
            tabs.getTabs().add(tabs.getTabs().size() == 1 ? 0 : tabs.getTabs().size(), tab);
        }
        tabs.getSelectionModel().select(0);
        fillColumns(monthChart, tables.byMonth(compiled));
        fillBars(platformChart, tables.byPlatform(compiled), 0, 1);
        fillBars(categoryChart, tables.byCategory(compiled), 1, 2);
        fillBars(outcomeChart, tables.outcomes(compiled), 1, 2);
    }

    private static void fillColumns(BarChart<String, Number> chart, TableData table) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (List<Object> row : table.rows()) {
            series.getData().add(new XYChart.Data<>(String.valueOf(row.get(0)), (Number) row.get(1)));
        }
        chart.getData().setAll(List.of(series));
    }

    private static void fillBars(BarChart<Number, String> chart, TableData table, int label, int value) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<List<Object>> rows = new java.util.ArrayList<>(table.rows());
        java.util.Collections.reverse(rows);                // the first row at the top
        for (List<Object> row : rows) {
            series.getData().add(new XYChart.Data<>((Number) row.get(value), abbreviate(String.valueOf(row.get(label)))));
        }
        chart.getData().setAll(List.of(series));
        double height = Math.max(260, rows.size() * 22 + 90);   // a readable line per category
        chart.setMinHeight(height);
        chart.setPrefHeight(height);
    }

    private static String abbreviate(String label) {
        return label.length() <= 16 ? label : label.substring(0, 15) + "…";
    }

    public AnnualReview review() {
        return review;
    }

    @FXML
    private void preview() {
        if (review != null) {
            reports.preview(new ReviewPrintable(output.get(), review, messages.get("annual.pdf.title")),
                    previewButton.getScene().getWindow());
        }
    }

    @FXML
    private void savePdf() {
        save(ReviewOutput.Format.PDF, "pdf");
    }

    @FXML
    private void saveXlsx() {
        save(ReviewOutput.Format.XLSX, "xlsx");
    }

    @FXML
    private void saveJson() {
        save(ReviewOutput.Format.JSON, "json");
    }

    private void save(ReviewOutput.Format format, String extension) {
        AnnualReview current = review;
        if (current == null) {
            return;
        }
        String name = messages.get("annual.pdf.title") + "-" + current.orgName() + "-" + current.year() + "." + extension;
        Optional<Path> file = dialogs.chooseReportToSave(name, extension);
        if (file.isEmpty()) {
            return;
        }
        statusLabel.setText(messages.get("preview.saving"));
        tasks.run(() -> {
            output.get().save(current, format, file.get());
            return file.get();
        }, saved -> {
            statusLabel.setText(messages.get("preview.saved", saved.toAbsolutePath()));
            dialogs.notifyDone(messages.get("preview.saved", saved.getFileName()));
        }, dialogs::showError);
    }

    @FXML
    private void close() {
        ((Stage) tabs.getScene().getWindow()).close();
    }
}
