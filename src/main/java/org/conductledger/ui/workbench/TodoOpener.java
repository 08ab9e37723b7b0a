package org.conductledger.ui.workbench;

import javafx.stage.Window;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.model.Todo;
import org.conductledger.service.OutcomeService;
import org.conductledger.ui.cases.CaseActions;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.member.MemberActions;
import org.conductledger.ui.outcome.OutcomeActions;
import org.conductledger.ui.register.RegisterActions;

/** Opens the record behind a 工作台 item (or a search hit) with the same windows the other screens use. */
public final class TodoOpener {

    private final RegisterActions registers;
    private final CaseActions cases;
    private final OutcomeActions outcomeActions;
    private final MemberActions members;
    private final OrganisationsModel organisations;
    private final OutcomeService outcomes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Session session;

    public TodoOpener(RegisterActions registers, CaseActions cases, OutcomeActions outcomeActions, MemberActions members,
                      OrganisationsModel organisations, OutcomeService outcomes, TaskRunner tasks, DialogService dialogs,
                      Session session) {
        this.registers = registers;
        this.cases = cases;
        this.outcomeActions = outcomeActions;
        this.members = members;
        this.organisations = organisations;
        this.outcomes = outcomes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.session = session;
    }

    /** Shows the item's record over {@code owner}; {@code onChanged} runs after a change there. */
    public void open(Todo todo, Window owner, Runnable onChanged) {
        open(todo.target(), owner, onChanged);
    }

    /** Shows {@code target}'s record over {@code owner}; {@code onChanged} runs after a change there. */
    public void open(Todo.Target target, Window owner, Runnable onChanged) {
        switch (target.type()) {
            case REGISTER -> registers.edit(target.id(), target.registerKind(), session.has(Permission.REGISTER_WRITE), owner,
                    onChanged);
            case ROUND -> organisations.byId(target.id()).ifPresent(org -> registers.round(org, owner));
            case CASE -> cases.open(target.id(), session.has(Permission.CASE_WRITE), owner, onChanged);
            case OUTCOME -> tasks.run(() -> outcomes.get(target.id()), o -> outcomeActions.execution(o, owner, onChanged),
                    dialogs::showError);
            case MEMBER -> members.profile(target.id(), owner);
        }
    }
}
