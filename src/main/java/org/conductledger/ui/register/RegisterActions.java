package org.conductledger.ui.register;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens the register dialogs; {@code onChanged} runs after a successful save (the list reloads). */
public final class RegisterActions {

    private final DialogWindows windows;
    private final Messages messages;
    private final java.util.function.IntSupplier deadlineDays;

    public RegisterActions(DialogWindows windows, Messages messages, java.util.function.IntSupplier deadlineDays) {
        this.windows = windows;
        this.messages = messages;
        this.deadlineDays = deadlineDays;
    }

    public void create(RegisterKind kind, Organisation org, Window owner, Runnable onChanged) {
        windows.<RegisterEditController>open(FxmlView.REGISTER_EDIT, messages.get("register.titleNew." + kind.name()), owner,
                c -> c.startCreate(kind, org, deadlineDays.getAsInt(), onChanged));
    }

    public void edit(RegisterRecord record, boolean canWrite, Window owner, Runnable onChanged) {
        windows.<RegisterEditController>open(FxmlView.REGISTER_EDIT, messages.label(record.kind()), owner,
                c -> c.startEdit(record.id(), canWrite, onChanged));
    }

    /** Opens a record known by id and kind (e.g. from the 工作台). */
    public void edit(long recordId, RegisterKind kind, boolean canWrite, Window owner, Runnable onChanged) {
        windows.<RegisterEditController>open(FxmlView.REGISTER_EDIT, messages.label(kind), owner,
                c -> c.startEdit(recordId, canWrite, onChanged));
    }

    public void changeStatus(RegisterRecord record, Window owner, Runnable onChanged) {
        windows.<RegisterStatusController>open(FxmlView.REGISTER_STATUS, messages.get("register.status.title"), owner,
                c -> c.start(record, onChanged));
    }

    public void profile(long memberId, Window owner) {
        windows.<MemberProfileController>open(FxmlView.MEMBER_PROFILE, messages.get("register.profile"), owner,
                c -> c.start(memberId));
    }

    public void round(Organisation org, Window owner) {
        windows.<ConfirmationController>open(FxmlView.CONFIRMATION_ROUND, messages.get("register.round"), owner,
                c -> c.start(org));
    }
}
