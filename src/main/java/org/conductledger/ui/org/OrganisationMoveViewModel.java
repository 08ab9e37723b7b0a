package org.conductledger.ui.org;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationField;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.service.OrganisationService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.FieldProblems;
import org.conductledger.ui.common.TaskRunner;

/** Moving an organisation (with its subtree) under another parent. */
public final class OrganisationMoveViewModel {

    private final OrganisationService organisations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<Organisation> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Organisation> newParent = new SimpleObjectProperty<>();
    private final FieldProblems<OrganisationField> problems;
    private Organisation moving;

    public OrganisationMoveViewModel(OrganisationService organisations, TaskRunner tasks, DialogService dialogs,
                                     Messages messages) {
        this.organisations = organisations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.problems = new FieldProblems<>(OrganisationField.class, messages);
    }

    /** Offers every active organisation outside {@code org}'s own subtree. */
    public void start(Organisation org, List<Organisation> active) {
        this.moving = org;
        choices.setAll(active.stream()
                .filter(o -> !o.isInSubtreeOf(org))
                .filter(o -> org.parentId() == null || o.id() != org.parentId())
                .toList());
    }

    public void save(Consumer<Organisation> onSaved) {
        Organisation target = newParent.get();
        if (target == null) {
            problems.setAll(List.of(Problem.of(OrganisationField.PARENT, "validation.required")));
            return;
        }
        tasks.run(() -> organisations.move(moving.id(), target.id()), onSaved::accept, failure -> {
            if (failure instanceof ValidationException invalid) {
                problems.setAll(invalid.problems());
            } else {
                dialogs.showError(failure);
            }
        });
    }

    public Organisation moving() { return moving; }
    public ObservableList<Organisation> choices() { return choices; }
    public ObjectProperty<Organisation> newParentProperty() { return newParent; }
    public FieldProblems<OrganisationField> problems() { return problems; }
}
