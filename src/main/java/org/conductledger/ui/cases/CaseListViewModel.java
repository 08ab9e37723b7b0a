package org.conductledger.ui.cases;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.model.CaseFile;
import org.conductledger.model.Organisation;
import org.conductledger.service.CaseService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.LatestOnly;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/** The cases of the organisation selected in the tree, or the user's 我的待办, loaded in the background. */
public final class CaseListViewModel {

    private final CaseService cases;
    private final OrganisationsModel organisations;
    private final boolean readable;
    private final LatestOnly loads;
    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty todoOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty includeSubtree = new SimpleBooleanProperty(true);

    public CaseListViewModel(CaseService cases, OrganisationsModel organisations, TaskRunner tasks, DialogService dialogs,
                             boolean readable) {
        this.cases = cases;
        this.organisations = organisations;
        this.readable = readable;
        this.loads = new LatestOnly(tasks, dialogs::showError);
        organisations.selectedProperty().addListener((obs, o, n) -> reload());
        todoOnly.addListener((obs, o, n) -> reload());
        includeSubtree.addListener((obs, o, n) -> reload());
    }

    private final org.conductledger.ui.common.ShownGate gate = new org.conductledger.ui.common.ShownGate(this::reload);

    /** Bound to the cases tab being selected: hidden, the list does not load (see ShownGate). */
    public BooleanProperty shownProperty() {
        return gate.shownProperty();
    }

    public void reload() {
        Organisation org = organisations.selectedProperty().get();
        if (org == null || !readable) {
            loads.cancel();
            rows.clear();
            return;
        }
        if (!gate.mayLoad()) {
            return;
        }
        boolean todo = todoOnly.get();
        boolean subtree = includeSubtree.get();
        loads.run(() -> {
            List<CaseRow> result = new ArrayList<>();
            if (todo) {
                for (CaseService.Todo t : cases.myTodo(org.id())) {
                    result.add(new CaseRow(t.caseFile(), t.next()));
                }
            } else {
                for (CaseService.Todo t : cases.listWithDue(org.id(), subtree)) {
                    result.add(new CaseRow(t.caseFile(), t.next()));
                }
            }
            return result;
        }, rows::setAll);
    }

    public Organisation selectedOrganisation() {
        return organisations.selectedProperty().get();
    }

    public boolean readable() {
        return readable;
    }

    public ObservableList<CaseRow> rows() { return rows; }
    public BooleanProperty todoOnlyProperty() { return todoOnly; }
    public BooleanProperty includeSubtreeProperty() { return includeSubtree; }
}
