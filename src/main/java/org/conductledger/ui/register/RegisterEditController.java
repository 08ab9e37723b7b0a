package org.conductledger.ui.register;

import java.time.LocalDate;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import org.conductledger.i18n.Messages;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.GroupRole;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.model.Platform;
import org.conductledger.model.RegisterField;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.Decorations;
import org.controlsfx.control.SearchableComboBox;

/**
 * Binds register_edit.fxml: one form for the three kinds, showing the fields of the kind at hand. For an
 * existing filing, saving records a 变更备案 (a new version) and asks why.
 */
public final class RegisterEditController {

    private final RegisterEditViewModel viewModel;
    private final Messages messages;
    private final java.time.Clock clock;
    private RegisterKind kind;
    private RegisterRecord existing;
    private Runnable onSaved = () -> { };
    private javafx.beans.binding.BooleanExpression unreadableDates = new javafx.beans.property.SimpleBooleanProperty(false);

    @FXML private Label titleLabel;
    @FXML private Label introLabel;
    @FXML private SearchableComboBox<MemberSummary> memberChoice;
    @FXML private ComboBox<Platform> platformChoice;
    @FXML private CheckBox overseasCheck;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label identifierLabel;
    @FXML private TextField identifierField;
    @FXML private Label urlLabel;
    @FXML private TextField urlField;
    @FXML private Label roleIdentityLabel;
    @FXML private TextField roleIdentityField;
    @FXML private Label categoryLabel;
    @FXML private ComboBox<GroupCategory> categoryChoice;
    @FXML private Label memberRoleLabel;
    @FXML private HBox memberRoleBox;
    @FXML private ComboBox<GroupRole> memberRoleChoice;
    @FXML private CheckBox inRoleIdentityCheck;
    @FXML private Label sizeLabel;
    @FXML private TextField sizeField;
    @FXML private Label sizeOnLabel;
    @FXML private DatePicker sizeOnPicker;
    @FXML private Label accountTypeLabel;
    @FXML private TextField accountTypeField;
    @FXML private Label contentAreaLabel;
    @FXML private TextField contentAreaField;
    @FXML private Label certSubjectLabel;
    @FXML private TextField certSubjectField;
    @FXML private Label certUsccLabel;
    @FXML private TextField certUsccField;
    @FXML private TextField purposeField;
    @FXML private Label openedLabel;
    @FXML private DatePicker openedPicker;
    @FXML private Label reportedLabel;
    @FXML private DatePicker reportedPicker;
    @FXML private TextArea operatorsArea;
    @FXML private TextField notesField;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;
    @FXML private Label deadlineHint;
    @FXML private TitledPane historyPane;
    @FXML private ListView<String> historyList;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private javafx.scene.layout.GridPane grid;

    public RegisterEditController(RegisterEditViewModel viewModel, Messages messages, java.time.Clock clock) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        memberChoice.setConverter(Converters.of(m -> m.name() + "（" + m.orgName() + "）"));
        platformChoice.setConverter(Converters.of(Platform::name));
        platformChoice.valueProperty().addListener((obs, old, p) -> {
            if (p != null && (existing == null || p.overseasDefault())) {
                overseasCheck.setSelected(p.overseasDefault());
            }
            // An account on an overseas platform is overseas; a domestic platform may still host one abroad.
            overseasCheck.setDisable(p != null && p.overseasDefault());
        });
        categoryChoice.setConverter(Converters.of(GroupCategory::name));
        memberRoleChoice.getItems().setAll(GroupRole.values());
        memberRoleChoice.setConverter(Converters.labelled(messages));
        for (DatePicker picker : new DatePicker[] {sizeOnPicker, openedPicker, reportedPicker}) {
            unreadableDates = unreadableDates.or(DateFields.install(picker));
        }
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        saveButton.disableProperty().bind(viewModel.savingProperty());
        Decorations.bind(viewModel.problems(), Map.ofEntries(
                Map.entry(RegisterField.MEMBER, memberChoice), Map.entry(RegisterField.PLATFORM, platformChoice),
                Map.entry(RegisterField.NAME, nameField), Map.entry(RegisterField.IDENTIFIER, identifierField),
                Map.entry(RegisterField.URL, urlField), Map.entry(RegisterField.ROLE_IDENTITY, roleIdentityField),
                Map.entry(RegisterField.CATEGORY, categoryChoice), Map.entry(RegisterField.MEMBER_ROLE, memberRoleChoice),
                Map.entry(RegisterField.GROUP_SIZE, sizeField), Map.entry(RegisterField.GROUP_SIZE_ON, sizeOnPicker),
                Map.entry(RegisterField.ACCOUNT_TYPE, accountTypeField), Map.entry(RegisterField.CONTENT_AREA, contentAreaField),
                Map.entry(RegisterField.CERT_SUBJECT, certSubjectField), Map.entry(RegisterField.CERT_USCC, certUsccField),
                Map.entry(RegisterField.PURPOSE, purposeField), Map.entry(RegisterField.OPENED_ON, openedPicker),
                Map.entry(RegisterField.REPORTED_ON, reportedPicker), Map.entry(RegisterField.OPERATORS, operatorsArea),
                Map.entry(RegisterField.NOTES, notesField)));
    }

    /** A new record of {@code kind} for a member of {@code org} (or below). */
    public void startCreate(RegisterKind kind, Organisation org, int deadlineDays, Runnable onSaved) {
        this.kind = kind;
        this.onSaved = onSaved;
        titleLabel.setText(messages.get("register.titleNew." + kind.name()));
        introLabel.setText(messages.get("register.intro." + kind.name()));
        deadlineHint.setText(messages.get("register.deadlineHint", deadlineDays));
        reportedPicker.setValue(LocalDate.now(clock));
        if (kind == RegisterKind.GROUP) {
            memberRoleChoice.setValue(GroupRole.CREATOR);
        }
        adapt();
        historyPane.setVisible(false);
        historyPane.setManaged(false);
        viewModel.loadChoices(org.id(), choices -> {
            memberChoice.getItems().setAll(choices.members());
            platformChoice.getItems().setAll(choices.platforms().stream().filter(p -> !p.retired()).toList());
            categoryChoice.getItems().setAll(choices.categories().stream().filter(c -> !c.retired()).toList());
        });
    }

    /** An existing record: corrected in place, or — a filing — changed as a new version. Read-only without the right. */
    public void startEdit(long id, boolean canWrite, Runnable onSaved) {
        this.onSaved = onSaved;
        viewModel.loadDetails(id, details -> {
            existing = details.record();
            kind = existing.kind();
            boolean change = kind == RegisterKind.FILING;
            titleLabel.setText(messages.get(change ? "register.titleChange" : "register.titleNew." + kind.name(),
                    existing.filingNo()));
            introLabel.setText(messages.get(change ? "register.intro.change" : "register.intro.edit"));
            historyList.getItems().setAll(details.history());
            adapt();
            viewModel.loadChoices(existing.orgId(), choices -> {
                memberChoice.getItems().setAll(choices.members());
                platformChoice.getItems().setAll(choices.platforms());
                categoryChoice.getItems().setAll(choices.categories());
                fill(existing);
                if (change) {
                    reportedPicker.setValue(LocalDate.now(clock));
                }
            });
            memberChoice.setDisable(true);
            boolean editable = canWrite && existing.isOpen();
            saveButton.setVisible(editable);
            if (!editable) {
                grid.setDisable(true);        // only to read
                cancelButton.setText(messages.get("common.close"));
            }
            if (!existing.isOpen()) {
                introLabel.setText(messages.get("register.intro.closed"));
            }
        });
    }

    private void fill(RegisterRecord r) {
        RegisterForm f = r.form();
        memberChoice.setValue(memberChoice.getItems().stream().filter(m -> m.id() == f.memberId()).findFirst()
                .orElse(new MemberSummary(f.memberId(), r.memberName(), null, null, null, null, null, r.orgId(), r.orgName(),
                        null, false, null, null)));
        platformChoice.setValue(platformChoice.getItems().stream().filter(p -> p.id() == f.platformId()).findFirst().orElse(null));
        overseasCheck.setSelected(f.overseas());
        nameField.setText(f.name());
        identifierField.setText(f.identifier());
        urlField.setText(f.url());
        roleIdentityField.setText(f.roleIdentity());
        categoryChoice.setValue(categoryChoice.getItems().stream().filter(c -> f.categoryId() != null && c.id() == f.categoryId())
                .findFirst().orElse(null));
        memberRoleChoice.setValue(f.memberRole());
        inRoleIdentityCheck.setSelected(f.inRoleIdentity());
        sizeField.setText(f.groupSize() == null ? "" : String.valueOf(f.groupSize()));
        sizeOnPicker.setValue(f.groupSizeOn());
        accountTypeField.setText(f.accountType());
        contentAreaField.setText(f.contentArea());
        certSubjectField.setText(f.certSubject());
        certUsccField.setText(f.certUscc());
        purposeField.setText(f.purpose());
        openedPicker.setValue(f.openedOn());
        reportedPicker.setValue(f.reportedOn());
        operatorsArea.setText(RegisterEditViewModel.formatOperators(f.operators()));
        notesField.setText(f.notes());
    }

    /** Shows the fields of the kind at hand. */
    private void adapt() {
        boolean account = kind == RegisterKind.ACCOUNT;
        boolean group = kind == RegisterKind.GROUP;
        boolean filing = kind == RegisterKind.FILING;
        show(account, roleIdentityLabel, roleIdentityField);
        show(!group, urlLabel, urlField);
        show(group, categoryLabel, categoryChoice, memberRoleLabel, memberRoleBox, sizeLabel, sizeField, sizeOnLabel, sizeOnPicker);
        show(filing, accountTypeLabel, accountTypeField, contentAreaLabel, contentAreaField, certSubjectLabel, certSubjectField,
                certUsccLabel, certUsccField);
        show(filing && existing != null, reasonLabel, reasonField);
        nameLabel.setText(messages.get(group ? "register.field.groupName" : "register.field.accountName"));
        identifierLabel.setText(messages.get(group ? "register.field.groupNumber" : "register.field.accountId"));
        openedLabel.setText(messages.get(group ? "register.field.createdOn" : "register.field.openedOn"));
        reportedLabel.setText(messages.get(filing ? (existing != null ? "register.field.changedOn" : "register.field.filedOn")
                : "register.field.reportedOn"));
    }

    private static void show(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    RegisterForm form() {
        MemberSummary member = memberChoice.getValue();
        Platform platform = platformChoice.getValue();
        GroupCategory category = categoryChoice.getValue();
        return new RegisterForm(kind, member == null ? null : member.id(), platform == null ? null : platform.id(),
                overseasCheck.isSelected(), nameField.getText(), identifierField.getText(), urlField.getText(),
                roleIdentityField.getText(), purposeField.getText(), openedPicker.getValue(), reportedPicker.getValue(),
                notesField.getText(), category == null ? null : category.id(), memberRoleChoice.getValue(),
                inRoleIdentityCheck.isSelected(), size(), sizeOnPicker.getValue(), accountTypeField.getText(),
                certSubjectField.getText(), certUsccField.getText() == null ? null : certUsccField.getText().strip().toUpperCase(),
                contentAreaField.getText(), RegisterEditViewModel.parseOperators(operatorsArea.getText()));
    }

    /** A size that is not a number is sent as -1, which the rules refuse with a clear message. */
    private Integer size() {
        String text = sizeField.getText() == null ? "" : sizeField.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @FXML
    private void save() {
        if (unreadableDates.get()) {
            viewModel.problems().setAll(java.util.List.of(org.conductledger.model.Problem.of(null, "validation.date.format")));
            return;
        }
        viewModel.save(existing, form(), reasonField.getText(), () -> {
            onSaved.run();
            close();
        }, () -> startEdit(existing.id(), true, onSaved));
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        saveButton.getScene().getWindow().hide();
    }
}
