package org.conductledger.ui.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Accountability;
import org.conductledger.model.AccountabilityMeasure;
import org.conductledger.model.AccountabilityTarget;
import org.conductledger.model.CaseFile;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.RecognitionService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds accountability.fxml: 问责 of a party organisation or a leader for lax supervision (苏宣发 第十二条),
 * linked to the case that revealed it; the measures offered follow the target.
 */
public final class AccountabilityController {

    private final RecognitionService recognition;
    private final OrganisationService organisations;
    private final MemberService members;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private Long caseId;
    private Runnable onSaved = () -> { };

    @FXML private Label headingLabel;
    @FXML private ComboBox<AccountabilityTarget> targetChoice;
    @FXML private ComboBox<Organisation> orgChoice;
    @FXML private Label leaderLabel;
    @FXML private ComboBox<MemberSummary> leaderChoice;
    @FXML private FlowPane measuresPane;
    @FXML private DatePicker decidedPicker;
    @FXML private ComboBox<Organisation> decidingChoice;
    @FXML private TextField documentField;
    @FXML private TextArea reasonArea;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public AccountabilityController(RecognitionService recognition, OrganisationService organisations, MemberService members,
                                    TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.recognition = recognition;
        this.organisations = organisations;
        this.members = members;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        DateFields.install(decidedPicker);
        decidedPicker.setValue(LocalDate.now(clock));
        targetChoice.setConverter(Converters.labelled(messages));
        targetChoice.getItems().setAll(AccountabilityTarget.values());
        orgChoice.setConverter(Converters.of(o -> o == null ? "" : o.name()));
        decidingChoice.setConverter(Converters.of(o -> o == null ? "" : o.name()));
        leaderChoice.setConverter(Converters.of(m -> m == null ? "" : m.name() + "　" + (m.workUnitPost() == null ? "" : m.workUnitPost())));
        targetChoice.valueProperty().addListener((obs, o, target) -> showTarget(target));
        orgChoice.valueProperty().addListener((obs, o, org) -> loadLeaders(org));
        targetChoice.setValue(AccountabilityTarget.ORGANISATION);
    }

    private void showTarget(AccountabilityTarget target) {
        boolean leader = target == AccountabilityTarget.LEADER;
        leaderLabel.setVisible(leader);
        leaderChoice.setVisible(leader);
        measuresPane.getChildren().clear();
        for (AccountabilityMeasure m : AccountabilityMeasure.values()) {
            if (m.target() == target) {
                CheckBox box = new CheckBox(messages.label(m));
                box.setUserData(m);
                measuresPane.getChildren().add(box);
            }
        }
    }

    private void loadLeaders(Organisation org) {
        leaderChoice.getItems().clear();
        if (org != null) {
            tasks.run(() -> members.roster(org.id(), false, false), list -> leaderChoice.getItems().setAll(list),
                    dialogs::showError);
        }
    }

    public void start(CaseFile c, Runnable onSaved) {
        this.caseId = c == null ? null : c.id();
        this.onSaved = onSaved;
        headingLabel.setText(c == null ? messages.get("accountability.title") : messages.get("accountability.heading", c.id()));
        tasks.run(organisations::all, list -> {
            List<Organisation> active = list.stream().filter(Organisation::active).toList();
            orgChoice.getItems().setAll(active);
            decidingChoice.getItems().setAll(active);
            if (c != null) {
                active.stream().filter(o -> o.id() == c.orgId()).findFirst().ifPresent(orgChoice::setValue);
            }
        }, dialogs::showError);
    }

    @FXML
    private void save() {
        AccountabilityTarget target = targetChoice.getValue();
        Set<AccountabilityMeasure> measures = EnumSet.noneOf(AccountabilityMeasure.class);
        measuresPane.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
                .forEach(b -> measures.add((AccountabilityMeasure) b.getUserData()));
        Organisation org = orgChoice.getValue();
        MemberSummary leader = leaderChoice.getValue();
        Organisation deciding = decidingChoice.getValue();
        Accountability.Form form = new Accountability.Form(target,
                target == AccountabilityTarget.ORGANISATION && org != null ? org.id() : null,
                target == AccountabilityTarget.LEADER && leader != null ? leader.id() : null, measures,
                decidedPicker.getValue(), deciding == null ? null : deciding.id(), documentField.getText(), caseId,
                reasonArea.getText());
        DialogSubmit.run(tasks, messages, dialogs, () -> recognition.holdAccountable(form), saveButton, problemsLabel, onSaved);
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
