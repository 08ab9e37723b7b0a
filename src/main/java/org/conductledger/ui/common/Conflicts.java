package org.conductledger.ui.common;

import java.util.function.IntConsumer;
import org.conductledger.i18n.Messages;
import org.conductledger.model.EditConflictException;

/**
 * What every edit form does with "已被他人修改": shows both versions and follows the user's choice —
 * reload the saved version, re-apply this user's input on top of it (saving against its version), or
 * leave the form as it is.
 */
public final class Conflicts {

    private final DialogService dialogs;
    private final Messages messages;

    public Conflicts(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** True when {@code failure} was an edit conflict (and has been dealt with). */
    public boolean handle(Throwable failure, IntConsumer reapplyAtVersion, Runnable reload) {
        if (!(failure instanceof EditConflictException conflict)) {
            return false;
        }
        switch (dialogs.resolveConflict(messages.describe(conflict), ConflictRows.of(conflict, messages))) {
            case RELOAD -> {
                reload.run();
                dialogs.notifyDone(messages.get("conflict.reloaded"));
            }
            case REAPPLY -> reapplyAtVersion.accept(conflict.currentVersion());
            case CANCEL -> { }   // the form stays as the user left it, unsaved
        }
        return true;
    }
}
