package org.conductledger.service;

import org.conductledger.model.PrintAction;
import org.conductledger.model.PrintJob;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;

/**
 * The rules around exports: full ID numbers only for users who may write members (they enter them anyway),
 * and every export recorded in the print log (and so the audit log) — what, how many rows, in which format, with full numbers or not.
 */
public final class ExportService {

    private final Session session;
    private final AuditLog audit;
    private final PrintLogService printLog;

    public ExportService(Session session, AuditLog audit, PrintLogService printLog) {
        this.session = session;
        this.audit = audit;
        this.printLog = printLog;
    }

    /** Whether the user may choose full ID numbers (the choice is offered only then). */
    public boolean mayExportFullIds() {
        return session.has(Permission.MEMBER_WRITE);
    }

    /** Refuses (and audits the refusal) unless the user may export full ID numbers. */
    public void requireFullIds() {
        audit.require(session, Permission.MEMBER_WRITE);
    }

    /** Records a finished export of {@code rows} rows of {@code what} (an object type such as "register"). */
    public void recordExport(String what, String description, int rows, String format, boolean fullIds) {
        printLog.record(new PrintJob(PrintAction.EXPORT, "LIST_" + what.toUpperCase(java.util.Locale.ROOT), format, null,
                java.util.List.of(), rows, description + (fullIds ? "; fullIdNumbers: true" : "")));
    }
}
