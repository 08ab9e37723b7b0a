package org.conductledger.ui.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ChangeField;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.Organisation;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.service.MemberService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.FieldProblems;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/** The two life-cycle steps of a member: transfer to another organisation, and status change. */
public final class MemberChangeViewModel {

    private final MemberService members;
    private final OrganisationsModel organisations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty memberText = new SimpleStringProperty("");
    private final ObservableList<Organisation> targetChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Organisation> target = new SimpleObjectProperty<>();
    private final ObservableList<MemberStatus> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MemberStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty secretary = new SimpleBooleanProperty(false);
    private final FieldProblems<ChangeField> problems;
    private Member member;
    private volatile boolean secretaryFlag;

    public MemberChangeViewModel(MemberService members, OrganisationsModel organisations, TaskRunner tasks,
                                 DialogService dialogs, Messages messages, Clock clock) {
        this.members = members;
        this.organisations = organisations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.problems = new FieldProblems<>(ChangeField.class, messages);
        date.set(LocalDate.now(clock));
    }

    public void start(long memberId) {
        tasks.run(() -> {
            Member m = members.get(memberId);
            secretaryFlag = members.isSecretaryOfOwnOrganisation(m.id());
            return m;
        }, m -> {
            member = m;
            secretary.set(secretaryFlag);
            String org = organisations.byId(m.orgId()).map(organisations::pathName).orElse("");
            memberText.set(messages.get("member.change.member", m.name(), m.maskedIdNumber(), org,
                    messages.label(m.status())));
            targetChoices.setAll(organisations.activeChoices().stream().filter(o -> o.id() != m.orgId()).toList());
            statusChoices.setAll(Arrays.stream(MemberStatus.values()).filter(s -> s != m.status()).toList());
            ready.set(true);
        }, dialogs::showError);
    }

    public void saveTransfer(Runnable onSaved) {
        Organisation chosen = target.get();
        save(() -> members.transfer(member.id(), member.version(), chosen == null ? null : chosen.id(), date.get(),
                reason.get()), onSaved);
    }

    public void saveStatus(Runnable onSaved) {
        MemberStatus chosen = status.get();
        save(() -> members.changeStatus(member.id(), member.version(), chosen, date.get(), reason.get()), onSaved);
    }

    private void save(java.util.concurrent.Callable<Member> work, Runnable onSaved) {
        if (dateUnreadable.get()) {
            problems.setAll(List.of(Problem.of(ChangeField.DATE, "validation.date.format")));
            return;
        }
        tasks.run(work, saved -> {
            problems.clear();
            onSaved.run();
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                problems.setAll(invalid.problems());
            } else {
                dialogs.showError(failure);
            }
        });
    }

    public StringProperty memberTextProperty() { return memberText; }
    public ObservableList<Organisation> targetChoices() { return targetChoices; }
    public ObjectProperty<Organisation> targetProperty() { return target; }
    public ObservableList<MemberStatus> statusChoices() { return statusChoices; }
    public ObjectProperty<MemberStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public BooleanProperty dateUnreadableProperty() { return dateUnreadable; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty readyProperty() { return ready; }
    /** True when the member is the secretary of their organisation: the step also ends that post. */
    public BooleanProperty secretaryProperty() { return secretary; }
    public FieldProblems<ChangeField> problems() { return problems; }
    public OrganisationsModel organisations() { return organisations; }
}
