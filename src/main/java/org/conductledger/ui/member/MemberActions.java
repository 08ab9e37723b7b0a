package org.conductledger.ui.member;

import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens the member dialogs; {@code onChanged} runs after a successful save (the roster reloads). */
public final class MemberActions {

    private final DialogWindows windows;
    private final Messages messages;

    public MemberActions(DialogWindows windows, Messages messages) {
        this.windows = windows;
        this.messages = messages;
    }

    public void create(Organisation org, Window owner, Runnable onChanged) {
        windows.<MemberEditController>open(FxmlView.MEMBER_EDIT, messages.get("member.edit.titleNew"), owner,
                c -> c.startCreate(org, onChanged));
    }

    public void edit(long memberId, Window owner, Runnable onChanged) {
        windows.<MemberEditController>open(FxmlView.MEMBER_EDIT, messages.get("member.edit.titleEdit"), owner,
                c -> c.startEdit(memberId, onChanged));
    }

    public void transfer(long memberId, Window owner, Runnable onChanged) {
        windows.<MemberTransferController>open(FxmlView.MEMBER_TRANSFER, messages.get("member.transfer.title"), owner,
                c -> c.start(memberId, onChanged));
    }

    /** The member's profile: their registers (and later cases) on one time line. */
    public void profile(long memberId, Window owner) {
        windows.<org.conductledger.ui.register.MemberProfileController>open(FxmlView.MEMBER_PROFILE,
                messages.get("register.profile"), owner, c -> c.start(memberId));
    }

    public void changeStatus(long memberId, Window owner, Runnable onChanged) {
        windows.<MemberStatusController>open(FxmlView.MEMBER_STATUS, messages.get("member.status.title"), owner,
                c -> c.start(memberId, onChanged));
    }
}
