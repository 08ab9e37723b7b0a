package org.conductledger.ui.common;

/** Messages to the user, behind an interface so view models stay testable without windows. */
public interface DialogService {

    void showError(Throwable failure);

    void showInfo(String message);

    boolean confirm(String message);

    /** Asks where to save an .xlsx file; empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseXlsxToSave(String initialName);

    /** Asks where to save a list: .xlsx or .csv, as the user picks; empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseSpreadsheetToSave(String initialName);

    /** Asks for an .xlsx or .csv file to import; empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseSpreadsheetToOpen();
    /** Asks where to save a backup (.clbak); empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseBackupToSave(String initialName);

    /** Asks which backup (.clbak) to restore; empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseBackupToOpen();

    /** Asks where to save a data package (.clp); empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> choosePackageToSave(String initialName);

    /** Asks which data package (.clp) to import; empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> choosePackageToOpen();

    /** Asks for one line of text ({@code initial} filled in); empty when the user cancels. */
    java.util.Optional<String> askText(String message, String initial);

    /** Asks where to save, or which to open, a public key card (.key); empty when the user cancels. */
    java.util.Optional<java.nio.file.Path> chooseKeyCard(String initialName, boolean save);

    /** A question with two answers and 取消: true for {@code yes}, false for {@code no}, empty when cancelled. */
    java.util.Optional<Boolean> choose(String message, String yes, String no);

    /** A confirmation where 取消 is the default (Enter does not accept): for trusting keys and the like. */
    boolean confirmCarefully(String message);

    /**
     * Asks where to save a report file with the extension {@code extension} ("pdf", "xlsx" or "json");
     * empty when the user cancels.
     */
    java.util.Optional<java.nio.file.Path> chooseReportToSave(String initialName, String extension);

    /**
     * A quiet note that background work finished (a review compiled, a file saved), shown in a corner without
     * asking for a click. Does nothing where there is no screen to show it on.
     */
    default void notifyDone(String message) {
    }

    /**
     * "已被他人修改": shows {@code message} and the two versions side by side and asks whether to reload the
     * saved version or save this user's version over it; CANCEL leaves the form as it is.
     */
    default ConflictChoice resolveConflict(String message, java.util.List<ConflictRows.Row> rows) {
        return ConflictChoice.CANCEL;
    }

    /** Asks for a database server's root certificate (.crt, .pem); empty when the user cancels. */
    default java.util.Optional<java.nio.file.Path> chooseCertificateToOpen() {
        return java.util.Optional.empty();
    }
}
