package org.conductledger.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseDue;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.CaseStage;
import org.conductledger.model.CaseWorkflow;
import org.conductledger.model.Evidence;
import org.conductledger.model.LedgerException;
import org.conductledger.model.MemberStatement;
import org.conductledger.service.CaseService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds case_detail.fxml: one case — its facts, time line and next steps, the cited articles, evidence
 * (with hashes) and the member's statement. Every change goes through the service, which checks the
 * workflow's guards and the user's rights again.
 */
public final class CaseDetailController {

    /** Everything the screen shows, loaded in one background call. */
    private record View(CaseFile caseFile, List<CaseHistoryEntry> history, List<CaseDue.Item> due, List<Evidence> evidence,
                        Optional<MemberStatement> statement, String categories, Optional<String> decision,
                        Optional<Long> repeatOf, Optional<String> falseReport, CaseOutcomes.Loaded outcomes) {
    }

    private final CaseService cases;
    private final org.conductledger.service.EvidenceService evidence;
    private final CaseBackground background;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.time.Clock clock;
    private final CaseOutcomes outcomes;
    private final CaseEvidenceActions evidenceActions;
    private final CaseReporterActions reporterActions;
    private final CasePrintActions printActions;
    private long caseId;
    private boolean canWrite;
    private CaseFile current;
    private boolean decided;
    private Runnable onChanged = () -> { };

    @FXML private Label titleLabel;
    @FXML private Label factsLabel;
    @FXML private Label reporterLabel;
    @FXML private Label dueLabel;
    @FXML private Label repeatLabel;
    @FXML private Button acceptanceNoticeButton;
    @FXML private Button resultNoticeButton;
    @FXML private Button falseReportButton;
    @FXML private javafx.scene.control.MenuButton printMenu;
    @FXML private Button printDecisionButton;
    @FXML private ListView<String> timelineList;
    @FXML private ComboBox<CaseStage> nextChoice;
    @FXML private DatePicker movePicker;
    @FXML private TextField commentField;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;
    @FXML private Button moveButton;
    @FXML private TextArea categoriesArea;
    @FXML private TextArea descriptionArea;
    @FXML private TableView<Evidence> evidenceTable;
    @FXML private TableColumn<Evidence, String> evidenceTitleColumn;
    @FXML private TableColumn<Evidence, String> evidenceKindColumn;
    @FXML private TableColumn<Evidence, String> evidenceSizeColumn;
    @FXML private TableColumn<Evidence, String> evidenceCapturedColumn;
    @FXML private TableColumn<Evidence, String> evidenceHashColumn;
    @FXML private TableColumn<Evidence, String> evidenceStateColumn;
    @FXML private Button addFileButton;
    @FXML private Button addUrlButton;
    @FXML private Button previewButton;
    @FXML private Button withdrawButton;
    @FXML private DatePicker shownPicker;
    @FXML private TextField staffField;
    @FXML private TextArea opinionArea;
    @FXML private CheckBox refusedCheck;
    @FXML private TextField noteField;
    @FXML private Button statementButton;
    @FXML private Label problemsLabel;
    @FXML private TableView<org.conductledger.model.Outcome> outcomeTable;
    @FXML private TableColumn<org.conductledger.model.Outcome, String> outcomeMemberColumn;
    @FXML private TableColumn<org.conductledger.model.Outcome, String> outcomeMeasuresColumn;
    @FXML private TableColumn<org.conductledger.model.Outcome, String> outcomeDecidedColumn;
    @FXML private TableColumn<org.conductledger.model.Outcome, String> outcomeOrgColumn;
    @FXML private TableColumn<org.conductledger.model.Outcome, String> outcomeImpactColumn;
    @FXML private TableColumn<org.conductledger.model.Outcome, String> outcomeStatusColumn;
    @FXML private Label outcomeDetailLabel;
    @FXML private Button recordOutcomeButton;
    @FXML private Button appealButton;
    @FXML private Button executionButton;
    @FXML private Button accountabilityButton;
    @FXML private Button clarifyButton;
    @FXML private Label recognitionLabel;

    public CaseDetailController(CaseService cases, org.conductledger.service.EvidenceService evidence, CaseBackground background,
                                CaseOutcomes outcomes, CaseEvidenceActions evidenceActions,
                                CaseReporterActions reporterActions, CasePrintActions printActions, TaskRunner tasks,
                                DialogService dialogs, Messages messages, java.time.Clock clock) {
        this.printActions = printActions;
        this.evidence = evidence;
        this.outcomes = outcomes;
        this.evidenceActions = evidenceActions;
        this.reporterActions = reporterActions;
        this.cases = cases;
        this.background = background;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        DateFields.install(movePicker);
        DateFields.install(shownPicker);
        movePicker.setValue(LocalDate.now(clock));
        nextChoice.setConverter(Converters.of(stage -> stage == null ? "" : current != null
                && CaseWorkflow.isReturn(current.stage(), stage) ? messages.get("case.move.return", messages.label(stage))
                : messages.label(stage)));
        nextChoice.valueProperty().addListener((obs, o, stage) -> {
            // 了结 needs its reason; going on to 执行 needs the decision, written here until issue 6's outcomes.
            boolean dismissing = stage == CaseStage.DISMISSED;
            boolean deciding = stage == CaseStage.EXECUTION && !decided;
            reasonLabel.setText(messages.get(deciding ? "case.move.decision" : "case.move.dismissalReason"));
            reasonLabel.setVisible(dismissing || deciding);
            reasonField.setVisible(dismissing || deciding);
        });
        reasonLabel.setVisible(false);
        reasonField.setVisible(false);
        evidenceActions.configure(evidenceTitleColumn, evidenceKindColumn, evidenceSizeColumn, evidenceCapturedColumn,
                evidenceHashColumn, evidenceStateColumn);
        outcomes.configure(outcomeTable, outcomeMemberColumn, outcomeMeasuresColumn, outcomeDecidedColumn, outcomeOrgColumn,
                outcomeImpactColumn, outcomeStatusColumn);
        outcomeTable.getSelectionModel().selectedItemProperty().addListener((obs, o, outcome) ->
                outcomeDetailLabel.setText(outcome == null ? "" : outcomes.detail(outcome)));
        printActions.configure(printMenu, printDecisionButton, outcomeTable, this::window);
        var noOutcome = outcomeTable.getSelectionModel().selectedItemProperty().isNull();
        appealButton.disableProperty().bind(noOutcome);
        executionButton.disableProperty().bind(noOutcome);
        var none = evidenceTable.getSelectionModel().selectedItemProperty().isNull();
        previewButton.disableProperty().bind(none);
        withdrawButton.disableProperty().bind(none);
    }

    public void start(long caseId, boolean canWrite, Runnable onChanged) {
        this.caseId = caseId;
        this.canWrite = canWrite;
        this.onChanged = onChanged;
        for (var control : List.of(moveButton, addFileButton, addUrlButton, statementButton, appealButton, executionButton,
                accountabilityButton)) {
            control.setVisible(canWrite);
        }
        reload();
    }

    private void reload() {
        tasks.run(this::load, this::show, this::fail);
    }

    private View load() {
        CaseFile c = cases.get(caseId);
        return new View(c, cases.history(caseId), cases.due(caseId), evidence.evidence(caseId), cases.statement(caseId),
                background.describe(c), cases.decision(caseId), cases.repeatOf(caseId), cases.falseReport(caseId),
                outcomes.load(caseId));
    }

    private void show(View v) {
        current = v.caseFile();
        CaseFile c = current;
        printActions.update(c, v.history(), v.statement());
        titleLabel.setText(messages.get("case.detail.heading", c.id(), messages.label(c.stage()), c.stageSince()));
        factsLabel.setText(messages.get("case.detail.facts", c.receivedOn(), messages.label(c.source()), c.orgName(),
                c.subjects().isEmpty() ? messages.get("cli.case.unidentified")
                        : String.join("、", c.subjects().stream().map(s -> s.name() + "（" + s.orgName() + "）").toList()),
                messages.get(c.realName() ? "case.detail.realName" : "case.detail.anonymous")));
        reporterLabel.setText(c.reporter() == null ? messages.get("case.detail.reporterHidden")
                : messages.get("case.detail.reporter", c.reporter().name() == null ? "" : c.reporter().name(),
                        c.reporter().contact() == null ? "" : c.reporter().contact()));
        dueLabel.setText(v.due().isEmpty() ? "" : String.join("；", v.due().stream().map(d -> messages.get(
                d.overdue() ? "case.due.overdue" : "case.due.by", messages.label(d.kind()), d.dueOn())).toList()));
        dueLabel.getStyleClass().removeAll("problems");
        if (v.due().stream().anyMatch(CaseDue.Item::overdue)) {
            dueLabel.getStyleClass().add("problems");
        }
        List<String> lines = new ArrayList<>();
        for (CaseHistoryEntry h : v.history()) {
            lines.add(messages.get("case.timeline.line", h.movedOn(), messages.label(h.to()), h.userName() == null ? "" : h.userName(),
                    h.comment() == null ? "" : "：" + h.comment()));
            // Each step's own detail right under it: the reason of a 了结, the statement before the decision, the decision.
            if (h.to() == CaseStage.DISMISSED && c.dismissalReason() != null) {
                lines.add("　　" + messages.get("case.timeline.reason", c.dismissalReason()));
            }
            if (h.to() == CaseStage.DECISION) {
                v.statement().ifPresent(st -> lines.add("　　" + messages.get("case.timeline.statement", st.shownOn(),
                        String.join("、", st.staff()))));
            }
            if (h.to() == CaseStage.EXECUTION) {
                lines.addAll(outcomes.timeline(v.outcomes()));
                v.decision().ifPresent(d -> lines.add("　　" + messages.get("case.timeline.decision", d)));
            }
        }
        if (c.stage() == CaseStage.DECISION) {
            lines.addAll(outcomes.timeline(v.outcomes()));
        }
        timelineList.getItems().setAll(lines);
        decided = v.decision().isPresent() || !v.outcomes().outcomes().isEmpty();
        Long selectedOutcome = outcomeTable.getSelectionModel().getSelectedItem() == null ? null
                : outcomeTable.getSelectionModel().getSelectedItem().id();
        outcomeTable.getItems().setAll(v.outcomes().outcomes());
        outcomeTable.getItems().stream().filter(o -> selectedOutcome != null && o.id() == selectedOutcome).findFirst()
                .ifPresent(o -> outcomeTable.getSelectionModel().select(o));
        recognitionLabel.setText(outcomes.recognition(v.outcomes()));
        showIf(recordOutcomeButton, canWrite && outcomes.canRecord(c));
        showIf(clarifyButton, canWrite && outcomes.canClarify(c, v.outcomes()));
        repeatLabel.setText(String.join("　", java.util.stream.Stream.of(
                v.repeatOf().map(first -> messages.get("case.detail.repeat", first)).orElse(""),
                v.falseReport().map(kind -> messages.get("case.falseReport." + kind)).orElse("")).filter(t -> !t.isEmpty()).toList()));
        boolean noticeOwed = v.due().stream().anyMatch(d -> d.kind() == CaseDue.Kind.ACCEPTANCE_NOTICE);
        boolean resultOwed = v.due().stream().anyMatch(d -> d.kind() == CaseDue.Kind.RESULT_NOTICE);
        showIf(acceptanceNoticeButton, canWrite && noticeOwed);
        showIf(resultNoticeButton, canWrite && resultOwed);
        showIf(falseReportButton, canWrite && c.dismissalReason() != null && v.falseReport().isEmpty());
        nextChoice.getItems().setAll(CaseWorkflow.next(c.stage()).stream()
                .sorted(java.util.Comparator.comparing((CaseStage s) -> CaseWorkflow.isReturn(c.stage(), s))).toList());
        nextChoice.setValue(null);
        reasonLabel.setVisible(false);
        reasonField.setVisible(false);
        boolean closed = c.stage().isTerminal();
        for (var control : List.of(nextChoice, movePicker, commentField, moveButton, addFileButton, addUrlButton)) {
            control.setDisable(!canWrite || closed);
        }
        categoriesArea.setText(v.categories());
        descriptionArea.setText(c.description());
        evidenceTable.getItems().setAll(v.evidence());
        v.statement().ifPresent(s -> {
            shownPicker.setValue(s.shownOn());
            staffField.setText(String.join("、", s.staff()));
            opinionArea.setText(s.opinion());
            refusedCheck.setSelected(s.refused());
            noteField.setText(s.staffNote());
        });
    }

    private static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void fail(Throwable failure) {
        if (failure instanceof LedgerException known) {
            problemsLabel.setText(messages.describe(known));
        } else {
            dialogs.showError(failure);
        }
    }

    private void changed() {
        problemsLabel.setText("");
        onChanged.run();
        reload();
    }

    @FXML
    private void move() {
        CaseStage to = nextChoice.getValue();
        if (to == null || current == null) {
            problemsLabel.setText(messages.get("case.move.choose"));
            return;
        }
        CaseFile c = current;
        LocalDate on = movePicker.getValue();
        String comment = commentField.getText();
        String reason = reasonField.getText();
        boolean recordDecision = to == CaseStage.EXECUTION && !decided;
        tasks.run(() -> {
            if (recordDecision) {
                cases.recordDecision(c.id(), reason, on);
            }
            return cases.move(c.id(), c.version(), to, on, comment, reason);
        }, moved -> {
            commentField.clear();
            reasonField.clear();
            changed();
        }, this::fail);
    }

    @FXML
    private void acceptanceNotice() {
        notice(false);
    }

    @FXML
    private void resultNotice() {
        notice(true);
    }

    /** Records that the real-name reporter was told (on the date in the move date field), after confirmation. */
    private void notice(boolean result) {
        reporterActions.notice(caseId, result, movePicker.getValue(), this::changed, this::fail);
    }

    /** 错告 or 诬告, for a clue closed without action (2024 第十二条 forbids 匿名诬告). */
    @FXML
    private void falseReport() {
        reporterActions.falseReport(caseId, evidenceTable.getScene().getWindow(), this::changed, this::fail);
    }

    @FXML
    private void saveStatement() {
        List<String> staff = Arrays.stream(staffField.getText() == null ? new String[0] : staffField.getText().split("[、,，\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        MemberStatement statement = new MemberStatement(shownPicker.getValue(), staff, opinionArea.getText(),
                refusedCheck.isSelected(), noteField.getText());
        tasks.run(() -> {
            cases.recordStatement(caseId, statement);
            return null;
        }, ok -> {
            changed();
            problemsLabel.setText(messages.get("case.statement.saved"));
        }, this::fail);
    }

    @FXML
    private void addFile() {
        evidenceActions.addFile(caseId, evidenceTable.getScene().getWindow(), this::changed, this::fail);
    }

    @FXML
    private void addUrl() {
        evidenceActions.addUrl(caseId, evidenceTable.getScene().getWindow(), this::changed, this::fail);
    }

    /** Images show here; other files open with the system viewer from a temporary copy. */
    @FXML
    private void preview() {
        Evidence e = evidenceTable.getSelectionModel().getSelectedItem();
        if (e != null) {
            evidenceActions.preview(caseId, e, evidenceTable.getScene().getWindow(), this::fail);
        }
    }

    @FXML
    private void withdraw() {
        Evidence e = evidenceTable.getSelectionModel().getSelectedItem();
        if (e != null && canWrite) {
            evidenceActions.withdraw(caseId, e, evidenceTable.getScene().getWindow(), this::changed, this::fail);
        }
    }

    @FXML private void recordOutcome() { onCase(outcomes::record); }
    @FXML private void accountability() { onCase(outcomes::accountability); }
    @FXML private void clarify() { onCase(outcomes::clarify); }
    @FXML private void appeal() { onOutcome(outcomes::appeal); }
    @FXML private void execution() { onOutcome(outcomes::execution); }

    /** A dialog about the case or the selected decision, after which the screen reloads. */
    private interface Dialog<T> {
        void open(T subject, javafx.stage.Window owner, Runnable onSaved);
    }

    private void onCase(Dialog<CaseFile> dialog) {
        if (current != null) {
            dialog.open(current, window(), this::changed);
        }
    }

    private void onOutcome(Dialog<org.conductledger.model.Outcome> dialog) {
        var selected = outcomeTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialog.open(selected, window(), this::changed);
        }
    }

    private javafx.stage.Window window() {
        return titleLabel.getScene().getWindow();
    }

    @FXML
    private void close() {
        evidenceTable.getScene().getWindow().hide();
    }
}
