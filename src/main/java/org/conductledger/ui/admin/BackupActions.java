package org.conductledger.ui.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.conductledger.i18n.Messages;
import org.conductledger.model.BackupManifest;
import org.conductledger.service.BackupService;
import org.conductledger.service.RestoreService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.SessionControl;
import org.conductledger.ui.common.TaskRunner;

/**
 * 系统 → 备份… and 从备份恢复…: choose the file, then work in the background while {@link #progressProperty()}
 * says what is happening. A restore is confirmed first with what will be replaced, and ends the session.
 */
public final class BackupActions {

    private final BackupService backups;
    private final RestoreService restore;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SessionControl session;
    private final Clock clock;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public BackupActions(BackupService backups, RestoreService restore, TaskRunner tasks, DialogService dialogs,
                         Messages messages, SessionControl session, Clock clock) {
        this.backups = backups;
        this.restore = restore;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = session;
        this.clock = clock;
    }

    public void backup() {
        dialogs.chooseBackupToSave(messages.get("backup.fileName", LocalDate.now(clock))).ifPresent(target -> {
            start("backup.running");
            tasks.run(() -> backups.backup(target), manifest -> {
                done();
                dialogs.showInfo(messages.get("backup.done", target, manifest.createdAt()));
            }, this::failed);
        });
    }

    public void restore() {
        dialogs.chooseBackupToOpen().ifPresent(file -> {
            start("restore.checking");
            tasks.run(() -> restore.inspect(file), manifest -> {
                if (!dialogs.confirm(confirmation(file, manifest))) {
                    done();
                    return;
                }
                progress.set(messages.get("restore.running"));
                tasks.run(() -> restore.restore(file), result -> {
                    done();
                    session.returnToLogin();
                    dialogs.showInfo(messages.get("restore.done", result.manifest().createdAt(), result.previousDatabase()));
                }, failure -> {
                    done();
                    if (restore.sessionEnded()) {
                        session.returnToLogin();     // before the message: returning hides every other window
                    }
                    dialogs.showError(failure);
                });
            }, this::failed);
        });
    }

    String confirmation(Path file, BackupManifest manifest) {
        return messages.get("restore.confirm", file, manifest.createdAt(), manifest.organisation(), manifest.createdBy(),
                manifest.schemaVersion(), restore.keptDatabase());
    }

    private void start(String key) {
        running.set(true);
        progress.set(messages.get(key));
    }

    private void done() {
        running.set(false);
        progress.set("");
    }

    private void failed(Throwable failure) {
        done();
        dialogs.showError(failure);
    }

    /** What is being done now ("正在备份…"), empty when idle: shown in the status bar. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a backup or restore runs: the menu items wait. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
