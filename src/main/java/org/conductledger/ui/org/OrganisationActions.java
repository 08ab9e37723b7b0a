package org.conductledger.ui.org;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportKind;
import org.conductledger.model.Organisation;
import org.conductledger.service.OrganisationService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.exchange.ExchangeActions;

/** What the tree's buttons, context menu and the main menu can do to an organisation. */
public final class OrganisationActions {

    private final DialogWindows windows;
    private final OrganisationsModel model;
    private final OrganisationService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ExchangeActions exchange;

    public OrganisationActions(DialogWindows windows, OrganisationsModel model, OrganisationService service,
                               TaskRunner tasks, DialogService dialogs, Messages messages, ExchangeActions exchange) {
        this.exchange = exchange;
        this.windows = windows;
        this.model = model;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A new organisation under {@code parent}; with no parent (empty database) a new root. */
    public void create(Organisation parent, Window owner) {
        String parentName = parent == null ? messages.get("org.edit.noParent") : model.pathName(parent);
        windows.<OrganisationEditController>open(FxmlView.ORGANISATION_EDIT, messages.get("org.edit.titleNew"), owner,
                c -> c.startCreate(parent, parentName, saved -> model.reload(saved.id())));
    }

    public void edit(Organisation org, Window owner) {
        String parentName = org.parentId() == null ? messages.get("org.edit.noParent")
                : model.byId(org.parentId()).map(model::pathName).orElse("");
        windows.<OrganisationEditController>open(FxmlView.ORGANISATION_EDIT, messages.get("org.edit.titleEdit"), owner,
                c -> c.startEdit(org, parentName, saved -> model.reload(saved.id())));
    }

    public void move(Organisation org, Window owner) {
        windows.<OrganisationMoveController>open(FxmlView.ORGANISATION_MOVE, messages.get("org.move.title"), owner,
                c -> c.start(org, model.activeChoices(), model::pathName, saved -> model.reload(saved.id())));
    }

    /** Says at once why an organisation cannot be deactivated; asks for confirmation only when it can. */
    public void deactivate(Organisation org) {
        tasks.run(() -> {
            service.checkDeactivation(org.id());
            return org;
        }, ok -> {
            if (dialogs.confirm(messages.get("org.deactivate.confirm", org.name()))) {
                tasks.run(() -> service.deactivate(org.id()), saved -> model.reload(saved.id()), dialogs::showError);
            }
        }, dialogs::showError);
    }

    /**
     * 导入…: an organisation sheet into {@code within} (the selected organisation, else the top of the tree) —
     * rows with a blank 上级党组织代码 go directly below it. The tree reloads when something was written.
     */
    public void importTree(Organisation within, Window owner) {
        Organisation into = within != null ? within : model.all().isEmpty() ? null : model.all().get(0);
        exchange.importInto(ImportKind.ORGS, into, owner, kind -> model.reload(into == null ? null : into.id()));
    }

    public void reactivate(Organisation org) {
        tasks.run(() -> service.reactivate(org.id()), saved -> model.reload(saved.id()), dialogs::showError);
    }
}
