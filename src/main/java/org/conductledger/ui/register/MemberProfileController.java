package org.conductledger.ui.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.i18n.Messages;
import org.conductledger.model.IdNumber;
import org.conductledger.model.Member;
import org.conductledger.model.RegisterRecord;
import org.conductledger.service.MemberService;
import org.conductledger.service.RegisterService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds member_profile.fxml: one page per member — their accounts, groups and filings, decisions
 * (with the impact-period badge), appeals, commendations, name-clearings and protection on one time line, newest first.
 */
public final class MemberProfileController {

    /** One line of the time line. */
    public record Event(LocalDate on, String category, String what, String detail) {
    }

    private record Profile(Member member, List<Event> events, long openRecords, String badge) {
    }

    private final MemberService members;
    private final RegisterService registers;
    private final org.conductledger.service.ConfirmationService confirmations;
    private final ProfileOutcomes outcomes;
    private final org.conductledger.ui.outcome.OutcomeActions actions;
    private final org.conductledger.ui.report.FormActions forms;
    private final boolean canWrite;
    private long memberId;
    private String memberName = "";
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    @FXML private Label nameLabel;
    @FXML private Label factsLabel;
    @FXML private Label summaryLabel;
    @FXML private Label impactLabel;
    @FXML private javafx.scene.control.Button commendButton;
    @FXML private javafx.scene.control.Button protectButton;
    @FXML private javafx.scene.control.Button printReportsButton;
    @FXML private javafx.scene.control.Button printDossierButton;
    @FXML private Label dossierHint;
    @FXML private TableView<Event> timelineTable;
    @FXML private TableColumn<Event, LocalDate> dateColumn;
    @FXML private TableColumn<Event, String> categoryColumn;
    @FXML private TableColumn<Event, String> whatColumn;
    @FXML private TableColumn<Event, String> detailColumn;

    public MemberProfileController(MemberService members, RegisterService registers,
                                   org.conductledger.service.ConfirmationService confirmations, ProfileOutcomes outcomes,
                                   org.conductledger.ui.outcome.OutcomeActions actions,
                                   org.conductledger.ui.report.FormActions forms, org.conductledger.model.Session session,
                                   TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.outcomes = outcomes;
        this.forms = forms;
        this.actions = actions;
        this.canWrite = session.has(org.conductledger.model.Permission.MEMBER_WRITE);
        this.members = members;
        this.confirmations = confirmations;
        this.registers = registers;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().on()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().category()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
        whatColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        // Enabled once the member is loaded; the dossier holds the cases too, so it needs case read permission.
        printReportsButton.setDisable(true);
        printDossierButton.setDisable(true);
        boolean dossierAllowed = forms.allows(org.conductledger.report.forms.FormKind.DOSSIER);
        dossierHint.setVisible(!dossierAllowed);
        dossierHint.setManaged(!dossierAllowed);
    }

    public void start(long memberId) {
        this.memberId = memberId;
        for (var button : List.of(commendButton, protectButton)) {
            button.setVisible(canWrite);
            button.setManaged(canWrite);
        }
        tasks.run(() -> load(memberId), profile -> {
            Member m = profile.member();
            memberName = m.name();
            printReportsButton.setDisable(!forms.allows(org.conductledger.report.forms.FormKind.MEMBER_REPORTS));
            printDossierButton.setDisable(!forms.allows(org.conductledger.report.forms.FormKind.DOSSIER));
            impactLabel.setText(profile.badge());
            impactLabel.setVisible(!profile.badge().isEmpty());
            impactLabel.setManaged(!profile.badge().isEmpty());
            nameLabel.setText(messages.get("profile.title", m.name()));
            factsLabel.setText(messages.get("profile.facts", messages.label(m.gender()), IdNumber.mask(m.idNumber()),
                    messages.label(m.category()), m.joinedOn(), messages.label(m.status()),
                    m.workUnitPost() == null ? "" : m.workUnitPost()));
            summaryLabel.setText(messages.get("profile.summary", profile.openRecords()));
            timelineTable.getItems().setAll(profile.events());
        }, dialogs::showError);
    }

    private Profile load(long memberId) {
        Member member = members.get(memberId);
        List<Event> events = new ArrayList<>();
        List<RegisterRecord> records = registers.ofMember(memberId);
        for (RegisterRecord r : records) {
            String category = messages.label(r.kind());
            String what = r.platformName() + "：" + r.form().name() + "（" + r.form().identifier() + "）";
            if (r.versionNo() == 1) {
                events.add(new Event(r.form().openedOn(), category, what, messages.get(
                        r.kind() == org.conductledger.model.RegisterKind.GROUP ? "profile.created" : "profile.opened")));
            }
            if (r.reportedOn() != null) {
                boolean filing = r.kind() == org.conductledger.model.RegisterKind.FILING;
                events.add(new Event(r.reportedOn(), category, what, filing
                        ? messages.get(r.versionNo() > 1 ? "profile.changeFiled" : "profile.filed", r.filingNo(), r.versionNo())
                        : messages.get("profile.reported")));
            }
            for (var change : registers.statusHistory(r.id())) {
                if (change.from() == null || change.to() == org.conductledger.model.RegisterStatus.CHANGED) {
                    continue;     // the record's start, and a superseded version, are told above
                }
                events.add(new Event(change.changedOn(), category, what, messages.get("profile.status",
                        messages.label(change.to()), change.reason() == null ? "" : messages.get("member.history.reason", change.reason()))));
            }
        }
        for (var confirmation : confirmations.confirmationsOf(memberId)) {
            events.add(new Event(confirmation.confirmedOn(), messages.get("profile.round"),
                    messages.get("profile.roundWhat", String.valueOf(confirmation.year()), confirmation.orgName()), messages.get("profile.confirmed")));
        }
        for (var entry : members.history(memberId)) {
            events.add(new Event(entry.date(), messages.get("profile.membership"), messages.label(entry.kind()),
                    entry.reason() == null ? "" : entry.reason()));
        }
        ProfileOutcomes.Loaded decisions = outcomes.load(memberId);
        events.addAll(outcomes.events(decisions));
        // Newest first; on the same day, what happened later (e.g. the report after the opening) first.
        List<Event> ordered = new ArrayList<>(events);
        java.util.Collections.reverse(ordered);
        ordered.sort(Comparator.comparing(Event::on, Comparator.nullsLast(Comparator.reverseOrder())));
        events = ordered;
        long open = records.stream().filter(RegisterRecord::isOpen).count();
        return new Profile(member, events, open, outcomes.badge(decisions));
    }

    @FXML
    private void commend() {
        actions.commend(memberId, memberName, timelineTable.getScene().getWindow(), () -> start(memberId));
    }

    @FXML
    private void protect() {
        actions.protect(memberId, memberName, timelineTable.getScene().getWindow(), () -> start(memberId));
    }

    /** 打印报告登记表…: all of the member's account and group reports on one form. */
    @FXML
    private void printReports() {
        forms.preview(org.conductledger.report.forms.FormKind.MEMBER_REPORTS, memberId, memberName,
                timelineTable.getScene().getWindow());
    }

    /** 打印个人网络行为档案…: registers, cases, decisions, commendations and clarifications. */
    @FXML
    private void printDossier() {
        forms.preview(org.conductledger.report.forms.FormKind.DOSSIER, memberId, memberName,
                timelineTable.getScene().getWindow());
    }

    @FXML
    private void close() {
        timelineTable.getScene().getWindow().hide();
    }
}
