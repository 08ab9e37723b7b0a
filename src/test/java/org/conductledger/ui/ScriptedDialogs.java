package org.conductledger.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.conductledger.ui.common.DialogService;

/**
 * The real dialogs, except that file choosers answer from a queue the test fills (a system file dialog cannot
 * be driven headless) and confirmations are answered by {@link #confirmAnswer}.
 */
public final class ScriptedDialogs implements DialogService {

    private final DialogService real;
    public final Deque<Path> files = new ArrayDeque<>();
    public volatile Boolean confirmAnswer;
    /** The file name last suggested by a save dialog for a report. */
    public volatile String suggestedName;

    ScriptedDialogs(DialogService real) {
        this.real = real;
    }

    @Override
    public void showError(Throwable failure) {
        real.showError(failure);
    }

    /** The notes of finished background work, in order (never shown: a corner popup would cover what tests click). */
    public final java.util.List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void notifyDone(String message) {
        notes.add(message);
    }

    @Override
    public void showInfo(String message) {
        real.showInfo(message);
    }

    /** Answers to "已被他人修改", in order; what each dialog showed is kept in {@link #conflicts}. */
    public final Deque<org.conductledger.ui.common.ConflictChoice> conflictAnswers = new ArrayDeque<>();
    public final java.util.List<java.util.List<org.conductledger.ui.common.ConflictRows.Row>> conflicts =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public org.conductledger.ui.common.ConflictChoice resolveConflict(String message,
                                                                     java.util.List<org.conductledger.ui.common.ConflictRows.Row> rows) {
        conflicts.add(rows);
        org.conductledger.ui.common.ConflictChoice answer = conflictAnswers.poll();
        return answer != null ? answer : real.resolveConflict(message, rows);
    }

    @Override
    public boolean confirm(String message) {
        return confirmAnswer != null ? confirmAnswer : real.confirm(message);
    }

    @Override
    public Optional<Path> chooseXlsxToSave(String initialName) {
        return files.isEmpty() ? real.chooseXlsxToSave(initialName) : Optional.of(files.poll());
    }

    @Override
    public Optional<Path> chooseReportToSave(String initialName, String extension) {
        suggestedName = initialName;
        return files.isEmpty() ? real.chooseReportToSave(initialName, extension) : Optional.of(files.poll());
    }

    @Override
    public Optional<Path> chooseSpreadsheetToSave(String initialName) {
        return files.isEmpty() ? real.chooseSpreadsheetToSave(initialName) : Optional.of(files.poll());
    }

    @Override
    public Optional<Path> chooseBackupToSave(String initialName) {
        return files.isEmpty() ? real.chooseBackupToSave(initialName) : Optional.of(files.poll());
    }

    @Override
    public Optional<Path> chooseBackupToOpen() {
        return files.isEmpty() ? real.chooseBackupToOpen() : Optional.of(files.poll());
    }

    @Override
    public Optional<Path> chooseSpreadsheetToOpen() {
        return files.isEmpty() ? real.chooseSpreadsheetToOpen() : Optional.of(files.poll());
    }

    /** Answers for {@link #askText}, in order (empty: the real dialog). */
    public final Deque<String> texts = new ArrayDeque<>();

    @Override
    public Optional<Path> choosePackageToSave(String initialName) {
        return files.isEmpty() ? real.choosePackageToSave(initialName) : Optional.of(files.poll());
    }

    @Override
    public Optional<Path> choosePackageToOpen() {
        return files.isEmpty() ? real.choosePackageToOpen() : Optional.of(files.poll());
    }

    @Override
    public Optional<String> askText(String message, String initial) {
        return texts.isEmpty() ? real.askText(message, initial) : Optional.of(texts.poll());
    }

    @Override
    public Optional<Path> chooseKeyCard(String initialName, boolean save) {
        return files.isEmpty() ? real.chooseKeyCard(initialName, save) : Optional.of(files.poll());
    }

    @Override
    public Optional<Boolean> choose(String message, String yes, String no) {
        return confirmAnswer != null ? Optional.of(confirmAnswer) : real.choose(message, yes, no);
    }

    @Override
    public Optional<Path> chooseCertificateToOpen() {
        return files.isEmpty() ? real.chooseCertificateToOpen() : Optional.of(files.poll());
    }

    @Override
    public boolean confirmCarefully(String message) {
        return confirmAnswer != null ? confirmAnswer : real.confirmCarefully(message);
    }
}
