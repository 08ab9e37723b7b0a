package org.conductledger.ui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationField;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.FieldProblems;
import org.conductledger.ui.common.TaskRunner;

/** State and actions of the organisation form (new child organisation, or edit of an existing one). */
public final class OrganisationEditViewModel {

    private final OrganisationService organisations;
    private final MemberService members;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<OrgType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> establishedOn = new SimpleObjectProperty<>();
    private final BooleanProperty establishedOnUnreadable = new SimpleBooleanProperty(false);
    private final ObjectProperty<MemberSummary> secretary = new SimpleObjectProperty<>();
    private final ObservableList<MemberSummary> secretaryChoices = FXCollections.observableArrayList();
    private final StringProperty parentName = new SimpleStringProperty("");
    private final FieldProblems<OrganisationField> problems;
    private final org.conductledger.ui.common.Conflicts conflicts;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    private Organisation parent;
    private Organisation editing;

    public OrganisationEditViewModel(OrganisationService organisations, MemberService members, TaskRunner tasks,
                                     DialogService dialogs, Messages messages) {
        this.organisations = organisations;
        this.members = members;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.problems = new FieldProblems<>(OrganisationField.class, messages);
        this.conflicts = new org.conductledger.ui.common.Conflicts(dialogs, messages);
    }

    /** A new organisation under {@code parent} (null: a new root). */
    public void startCreate(Organisation parent, String parentPathName) {
        this.parent = parent;
        this.editing = null;
        parentName.set(parentPathName);
        type.set(parent == null ? OrgType.PARTY_COMMITTEE : suggestedChildType(parent.type()));
    }

    public void startEdit(Organisation org, String parentPathName) {
        this.editing = org;
        this.parent = null;
        parentName.set(parentPathName);
        name.set(org.name());
        code.set(org.code());
        type.set(org.type());
        establishedOn.set(org.establishedOn());
        tasks.run(() -> members.roster(org.id(), false, false), list -> {
            secretaryChoices.setAll(list);
            list.stream().filter(m -> org.secretaryId() != null && m.id() == org.secretaryId())
                    .findFirst().ifPresent(secretary::set);
        }, dialogs::showError);
    }

    /** The usual child is a branch (under a committee the user may choose a 党总支 or 党委 instead). */
    static OrgType suggestedChildType(OrgType parentType) {
        return OrgType.BRANCH;
    }

    /** The types that may be chosen under {@code parent} (null: a root may be any type). */
    public static java.util.List<OrgType> allowedTypes(Organisation parent) {
        return java.util.Arrays.stream(OrgType.values())
                .filter(t -> parent == null || parent.type().mayContain(t))
                .toList();
    }

    public boolean isEditing() {
        return editing != null;
    }

    OrganisationForm form() {
        MemberSummary chosen = secretary.get();
        return new OrganisationForm(name.get(), code.get(), type.get(), establishedOn.get(),
                chosen == null ? null : chosen.id());
    }

    /** Saves in the background; {@code onSaved} runs on success, problems are shown on failure. */
    public void save(Consumer<Organisation> onSaved) {
        if (establishedOnUnreadable.get()) {
            problems.setAll(List.of(Problem.of(OrganisationField.ESTABLISHED_ON, "validation.date.format")));
            return;
        }
        submit(form(), editing == null ? 0 : editing.version(), onSaved);
    }

    private void submit(OrganisationForm form, int version, Consumer<Organisation> onSaved) {
        Organisation target = editing;
        Long parentId = parent == null ? null : parent.id();
        saving.set(true);
        tasks.run(() -> target == null ? organisations.create(parentId, form)
                        : organisations.update(target.id(), version, form),
                saved -> {
                    saving.set(false);
                    problems.clear();
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException invalid) {
                        problems.setAll(invalid.problems());
                    } else if (!conflicts.handle(failure, newer -> submit(form, newer, onSaved),
                            () -> tasks.run(() -> organisations.get(target.id()), fresh -> startEdit(fresh, parentName.get()),
                                    dialogs::showError))) {
                        dialogs.showError(failure);
                    }
                });
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty codeProperty() { return code; }
    public ObjectProperty<OrgType> typeProperty() { return type; }
    public ObjectProperty<LocalDate> establishedOnProperty() { return establishedOn; }
    public BooleanProperty establishedOnUnreadableProperty() { return establishedOnUnreadable; }
    public ObjectProperty<MemberSummary> secretaryProperty() { return secretary; }
    public ObservableList<MemberSummary> secretaryChoices() { return secretaryChoices; }
    public StringProperty parentNameProperty() { return parentName; }
    public FieldProblems<OrganisationField> problems() { return problems; }
    public BooleanProperty savingProperty() { return saving; }
}
