package org.conductledger.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Window;
import org.conductledger.exchange.PackageFile;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.model.PackageManifest;
import org.conductledger.service.PackageExportService;
import org.conductledger.service.PackageImportService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.TaskRunner;

/**
 * 数据 → 导出数据交换包… / 导入数据交换包… / 数据包冲突…: a branch writes its package for a receiving
 * organisation; the department imports one — confirming an unknown sender's key fingerprint first, after
 * checking it with the sender by phone — and decides conflicts.
 */
public final class PackageActions {

    private final PackageExportService exports;
    private final PackageImportService imports;
    private final DialogWindows windows;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public PackageActions(PackageExportService exports, PackageImportService imports, DialogWindows windows, TaskRunner tasks,
                          DialogService dialogs, Messages messages) {
        this.exports = exports;
        this.imports = imports;
        this.windows = windows;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void export() {
        // Whether the receiver's key card is registered is a database question: asked in the background.
        dialogs.askText(messages.get("package.askReceiver"), "").ifPresent(receiver -> tasks.run(
                () -> exports.encryptsFor(receiver), encrypted -> {
                    if (encrypted || dialogs.confirmCarefully(messages.get("package.unencrypted", receiver))) {
                        writeTo(receiver);
                    }
                }, dialogs::showError));
    }

    private void writeTo(String receiver) {
        dialogs.choosePackageToSave(messages.get("package.fileName", receiver, LocalDate.now())).ifPresent(file ->
                tasks.run(() -> new Exported(exports.export(receiver, parts -> PackageFile.write(file, parts)),
                        exports.fingerprint(), file), this::exported, dialogs::showError));
    }

    private record Exported(PackageManifest manifest, String fingerprint, Path file) {
    }

    private void exported(Exported e) {
        PackageManifest m = e.manifest();
        dialogs.showInfo(messages.get("cli.package.exported", m.seq(), m.receiverCode(), e.file(), m.counts().get("org"),
                m.counts().get("member"), m.counts().get("register")) + "\n" + messages.get("cli.package.fingerprint", e.fingerprint()));
    }

    public void importPackage(Runnable onImported) {
        dialogs.choosePackageToOpen().ifPresent(file -> run(file, null, onImported));
    }

    private void run(Path file, String trust, Runnable onImported) {
        tasks.run(() -> imports.importPackage(PackageFile.read(file), trust, messages.get("package.statusReason")), report -> {
            onImported.run();
            PackageManifest m = report.manifest();
            dialogs.showInfo(report.alreadyImported() ? messages.get("cli.package.already", m.seq(), m.senderOrgName())
                    : messages.get("cli.package.imported", m.seq(), m.senderOrgName(), report.created(), report.updated(),
                            report.unchanged(), report.conflicts().size(), m.counts().getOrDefault("org", 0),
                            m.counts().getOrDefault("member", 0), m.counts().getOrDefault("register", 0))
                    + (report.conflicts().isEmpty() ? "" : "\n" + messages.get("package.conflictsHint")));
        }, failure -> {
            if (trust == null && failure instanceof LedgerException e && "package.error.unknownSender".equals(e.messageKey())) {
                String fingerprint = (String) e.args().get(2);
                if (dialogs.confirmCarefully(messages.get("package.confirmTrust", e.args().get(0), e.args().get(1), fingerprint))) {
                    run(file, fingerprint, onImported);
                }
                return;
            }
            dialogs.showError(failure);
        });
    }

    /** 导出本单位公钥卡…: the card the department gives its branches, with the fingerprint to read out. */
    public void exportKeyCard() {
        dialogs.chooseKeyCard(messages.get("package.keyName", LocalDate.now()), true).ifPresent(file -> tasks.run(() -> {
            org.conductledger.service.PackageCodec.KeyCard card = exports.keyCard();
            java.nio.file.Files.write(file, org.conductledger.service.PackageCodec.keyCard(card));
            return card;
        }, card -> dialogs.showInfo(messages.get("cli.package.keyWritten", file, card.fingerprint())), dialogs::showError));
    }

    /** 登记接收单位公钥卡…: after checking the card's fingerprint with the department, packages for it are encrypted. */
    public void registerReceiver() {
        dialogs.chooseKeyCard(null, false).ifPresent(file -> tasks.run(
                () -> org.conductledger.service.PackageCodec.keyCard(java.nio.file.Files.readAllBytes(file)), card -> {
                    if (dialogs.confirmCarefully(messages.get("package.confirmReceiver", card.orgName(), card.orgCode(), card.fingerprint()))) {
                        tasks.run(() -> exports.registerReceiver(card), registered -> dialogs.showInfo(messages.get(
                                "cli.package.receiverRegistered", registered.orgName(), registered.orgCode(),
                                registered.fingerprint())), dialogs::showError);
                    }
                }, dialogs::showError));
    }

    public void conflicts(Window owner, Runnable onDecided) {
        windows.<PackageConflictsController>open(FxmlView.PACKAGE_CONFLICTS, messages.get("package.conflicts.title"), owner,
                c -> c.start(onDecided));
    }
}
