package org.conductledger.ui.cases;

import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.ViolationCategory;
import org.conductledger.service.CaseService;
import org.conductledger.service.MemberService;
import org.conductledger.service.ReferenceService;
import org.conductledger.service.RegisterService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;
import org.controlsfx.control.CheckListView;

/** Binds case_intake.fxml: 受理登记 of a report or clue for the selected organisation. */
public final class CaseIntakeController {

    private record Choices(List<MemberSummary> members, List<ViolationCategory> categories) {
    }

    private final CaseService cases;
    private final MemberService members;
    private final ReferenceService reference;
    private final RegisterService registers;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.time.Clock clock;
    private Organisation org;
    private Runnable onSaved = () -> { };

    @FXML private Label orgLabel;
    @FXML private DatePicker receivedPicker;
    @FXML private ComboBox<CaseSource> sourceChoice;
    @FXML private TextField reporterNameField;
    @FXML private CheckBox realNameCheck;
    @FXML private TextField reporterContactField;
    @FXML private CheckListView<MemberSummary> subjectList;
    @FXML private CheckListView<ViolationCategory> categoryList;
    @FXML private TextArea articleArea;
    @FXML private CheckListView<RegisterRecord> recordList;
    @FXML private TextArea descriptionArea;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public CaseIntakeController(CaseService cases, MemberService members, ReferenceService reference,
                                RegisterService registers, TaskRunner tasks,
                                DialogService dialogs, Messages messages, java.time.Clock clock) {
        this.registers = registers;
        this.cases = cases;
        this.members = members;
        this.reference = reference;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        DateFields.install(receivedPicker);
        receivedPicker.setValue(LocalDate.now(clock));
        sourceChoice.getItems().setAll(CaseSource.values());
        sourceChoice.setConverter(Converters.labelled(messages));
        subjectList.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(subjectList::getItemBooleanProperty,
                Converters.of((MemberSummary m) -> m.name() + "（" + m.orgName() + "）")));
        categoryList.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(categoryList::getItemBooleanProperty,
                Converters.of(ViolationCategory::name)));
        // The subjects' register records, to link e.g. the unreported account the report is about.
        recordList.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(recordList::getItemBooleanProperty,
                Converters.of((RegisterRecord r) -> r.memberName() + "　" + messages.label(r.kind())
                        + "　" + r.platformName() + "：" + r.form().name() + "（" + r.form().identifier() + "）")));
        subjectList.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<MemberSummary>) change -> loadRecords());
        // The cited article's text beside the category (2024 第十四条 … as in force).
        categoryList.getSelectionModel().selectedItemProperty().addListener((obs, old, category) -> showArticle(category));
        categoryList.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<ViolationCategory>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    showArticle(change.getAddedSubList().get(change.getAddedSubList().size() - 1));
                }
            }
        });
    }

    public void start(Organisation org, Runnable onSaved) {
        this.org = org;
        this.onSaved = onSaved;
        orgLabel.setText(messages.get("case.intake.org", org.name()));
        tasks.run(() -> new Choices(members.roster(org.id(), true, false),
                        reference.violationCategories().stream().filter(c -> !c.retired()).toList()),
                choices -> {
                    subjectList.getItems().setAll(choices.members());
                    categoryList.getItems().setAll(choices.categories());
                }, dialogs::showError);
    }

    /** The category's citation and its article's text, as in force. */
    private void showArticle(ViolationCategory category) {
        if (category != null) {
            tasks.run(() -> reference.articleText(category), text -> articleArea.setText(
                    category.citation(messages::label) + (text.isEmpty() ? "" : "\n" + text)), dialogs::showError);
        }
    }

    private void loadRecords() {
        List<Long> chosen = subjectList.getCheckModel().getCheckedItems().stream().map(MemberSummary::id).toList();
        tasks.run(() -> {
            List<RegisterRecord> found = new java.util.ArrayList<>();
            for (Long member : chosen) {
                found.addAll(registers.ofMember(member).stream().filter(RegisterRecord::latest).toList());
            }
            return found;
        }, found -> recordList.getItems().setAll(found), dialogs::showError);
    }

    @FXML
    private void save() {
        CaseForm form = new CaseForm(org.id(), receivedPicker.getValue(), sourceChoice.getValue(), reporterNameField.getText(),
                reporterContactField.getText(), realNameCheck.isSelected(), descriptionArea.getText(),
                subjectList.getCheckModel().getCheckedItems().stream().map(MemberSummary::id).toList(),
                categoryList.getCheckModel().getCheckedItems().stream().map(ViolationCategory::id).toList(),
                recordList.getCheckModel().getCheckedItems().stream().map(RegisterRecord::id).toList());
        DialogSubmit.run(tasks, messages, dialogs, () -> cases.intake(form), saveButton, problemsLabel,
                onSaved);
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
